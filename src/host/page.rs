//! The standalone page's start-up: the loader calls `startPage` once the wasm
//! is ready. The page arrives with its default view already written (Leptos
//! SSR at build time, `src/bin/prerender.rs`); the app hydrates it in place,
//! so the reader's table, controls, caret and focus stay where they are.
//! What depends on the reader is applied after hydration, so the hydrated
//! view always matches what was served: the address (or, with `?embed=1`,
//! the iframe's options), what the reader typed or ticked meanwhile
//! (`assets/start.js` marks it), and the reader's date (104's expiry).
//!
//! A served page that is not the one this build writes (a stale cache, a
//! proxy's rewrite, a hand edit: the loader compares its digest) is not
//! hydrated: it is rendered afresh in its place, with a warning in the console.

use super::{crash, frame, keyboard, remembered, url_state};
use crate::guide::{self, Step};
use crate::query::{registry_index, SearchIndex};
use crate::registry::Date;
use crate::ui::paced::Hydration;
use crate::ui::{self, RowsLater, StandalonePage, TableState, RENDERED_ON};
use leptos::html::Input;
use leptos::prelude::*;
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// A step of a hydrated page's start-up: returns whether it is done.
type PageStep = Box<dyn FnMut() -> bool>;

/// What the reader did to the served page before the app was ready: only the
/// controls that differ from how they were served, or that the reader touched
/// (`start.js` marks them `data-changed`).
struct EarlyInput {
    /// The text typed, and where the caret was when the box had the focus.
    filter: Option<(String, Option<(u32, u32)>)>,
    show_unofficial: Option<bool>,
    /// The guide's step the reader opened in the served tree of disclosures.
    guide_step: Option<Step>,
}

thread_local! {
    /// What is left of a hydrated page's start-up, the next step last. A step
    /// returns whether it is done; one that is not (the rows, a slice at a
    /// time) is taken again next.
    static STEPS_LEFT: RefCell<Vec<PageStep>> = const { RefCell::new(Vec::new()) };
}

/// Hydrates the served page (or renders it afresh) and starts following the
/// address or the iframe's options. Returns whether steps are left, for
/// [`next_step`] to take one at a time.
///
/// Hydrated, the page is taken over in steps, which the loader runs a
/// task apiece, so that a phone answers the reader between them (Lighthouse:
/// no long task, Total Blocking Time), and a step that fails is reported as a
/// start that failed: the state (in `start` itself), the query's first
/// answer, the widget with an empty table body (a few milliseconds of its
/// parts a step: `ui::paced`), then the rows (`RowsLater`, the same way),
/// the address (with what the reader did on top), the address kept up
/// with the view and the reader's date, and last what the reader did
/// meanwhile, `running` and the page marked as taken over. Until then, the
/// served controls take what the reader types or ticks without acting on it
/// (their handlers ask `TableState::takes_input`); it is read from them then.
pub fn start(served_matches: bool) -> bool {
    super::start_runtime();
    let Some(root) = page_root() else {
        return false;
    };
    let (index, bench) = page_index();
    let rendered_on = root
        .get_attribute(RENDERED_ON)
        .as_deref()
        .and_then(Date::parse);
    let filter_input = NodeRef::<Input>::new();
    let (framed, set_framed) = signal(false);
    let hydrating = match rendered_on {
        Some(date) if served_matches && !bench => Some(date),
        _ => None,
    };
    let state = TableState::new(index, hydrating.unwrap_or_else(ui::today));
    let page = move |rows_later: Option<RowsLater>| {
        move || {
            view! {
                <StandalonePage
                    state=state
                    filter_input=filter_input
                    framed=framed
                    rows_later=rows_later
                />
            }
        }
    };
    // What the reader did meanwhile, then the app runs: the `/` shortcut, the
    // page watched for a crash and marked as taken over, and the second file
    // fetched when the browser is idle.
    let take_over = move |root: HtmlElement, early: EarlyInput| {
        follow_reader(state, early, filter_input);
        keyboard::focus_filter_on_slash(filter_input);
        crash::watch(&root);
        // Fixed, valid attribute names: these cannot fail. `data-pending` only
        // dimmed the served table while it waited.
        let _ = root.remove_attribute("data-pending");
        let _ = root.set_attribute("data-taken-over", "");
        super::later_file::fetch_when_idle();
    };
    match hydrating {
        Some(_) => {
            state.running.set(false);
            // The query's first answer (the rows the served page shows), in
            // a step before the widget's: hydrating the widget reads it.
            let answer_step = move || state.outcome.with_untracked(|_| ());
            let rows_later = RowsLater::default();
            let widget_step = {
                let (root, rows_later) = (root.clone(), rows_later.clone());
                let mut hydrating: Option<Hydration> = None;
                move || {
                    // What the reader has put in the controls so far (before
                    // each slice: hydrating a control writes its served value).
                    let early = early_input(&root);
                    let hydration = hydrating.get_or_insert_with(|| {
                        // The served page as it was rendered, to be hydrated.
                        clear_start_marks(&root);
                        let hydrated = leptos::mount::hydrate_from_async(
                            root.clone(),
                            page(Some(rows_later.clone())),
                        );
                        // Kept as long as the page.
                        Box::pin(async move { hydrated.await.forget() })
                    });
                    let done = ui::paced::poll_slice(hydration);
                    // Hydration writes the served value into the filter box in a
                    // microtask it has queued (tachys' `set_property_or_value`):
                    // after it, what the reader had put in the controls goes back.
                    let root = root.clone();
                    queue_microtask(move || put_back_early_input(&root, &early));
                    done
                }
            };
            let address_step = {
                let root = root.clone();
                move || {
                    // The address's view would replace what the reader has in
                    // the controls: what they did is newer, and goes on top
                    // (and again at the take-over, with what they did since).
                    let early = early_input(&root);
                    follow_address(state, set_framed);
                    apply_early_input(state, early, filter_input);
                }
            };
            let take_over_step = move || {
                // What the reader did so far, meanwhile included.
                let mut early = early_input(&root);
                // The guide's disclosure is open at its first question where
                // the address opened the guide: that is not the reader's doing.
                if early.guide_step == Some(guide::start())
                    && state.guide_step.get_untracked().is_some()
                {
                    early.guide_step = None;
                }
                clear_changed_marks(&root);
                take_over(root, early);
            };
            let keep_address_step = move || keep_address(state);
            let rows_step = move || rows_later.hydrate();
            STEPS_LEFT.with_borrow_mut(|steps| {
                *steps = vec![
                    once(take_over_step),
                    once(keep_address_step),
                    once(address_step),
                    Box::new(rows_step),
                    Box::new(widget_step),
                    once(answer_step),
                ];
            });
            true
        }
        None => {
            if !bench {
                let reason = if served_matches {
                    "it does not say when it was rendered"
                } else {
                    "it is not the page this build writes (a stale copy, or changed on the way)"
                };
                let message = format!("http-status-table: the served page was rebuilt: {reason}");
                web_sys::console::warn_1(&JsValue::from_str(&message));
            }
            let early = early_input(&root);
            root.set_text_content(None);
            leptos::mount::mount_to(root.clone(), page(None)).forget();
            follow_address(state, set_framed);
            keep_address(state);
            take_over(root, early);
            false
        }
    }
}

/// Takes the next step of a hydrated page's start-up, if any is left;
/// returns whether more are left.
pub fn next_step() -> bool {
    let step = STEPS_LEFT.with_borrow_mut(Vec::pop);
    if let Some(mut step) = step {
        if !step() {
            STEPS_LEFT.with_borrow_mut(|steps| steps.push(step));
        }
    }
    STEPS_LEFT.with_borrow(|steps| !steps.is_empty())
}

/// How many steps of a hydrated page's start-up are left (the rows count as
/// one until all are hydrated).
pub fn steps_left() -> usize {
    STEPS_LEFT.with_borrow(Vec::len)
}

/// A step that is done once it has run.
fn once(step: impl FnOnce() + 'static) -> PageStep {
    let mut step = Some(step);
    Box::new(move || {
        if let Some(step) = step.take() {
            step();
        }
        true
    })
}

/// What depends on the reader's address: the iframe's options, or the
/// view the address asks for (and the languages the reader chose before).
fn follow_address(state: TableState, set_framed: WriteSignal<bool>) {
    match frame::embed_request() {
        Some(request) => {
            set_framed.set(true);
            frame::apply_url_options(&state);
            frame::report_height(request);
        }
        None => {
            remembered::remember_languages(state);
            url_state::follow_history(state);
        }
    }
}

/// The address kept up with the view from now on (not in the iframe, whose
/// address is the host's), and the reader's date.
fn keep_address(state: TableState) {
    if frame::embed_request().is_none() {
        url_state::keep_in_url(state);
    }
    state.today.set(ui::today());
}

/// What the reader did to the served page (newer than the address), then
/// the app runs.
fn follow_reader(state: TableState, early: EarlyInput, filter_input: NodeRef<Input>) {
    apply_early_input(state, early, filter_input);
    state.running.set(true);
}

/// `#app`, which holds the served page, or `<body>` when there is no such element.
fn page_root() -> Option<HtmlElement> {
    let document = web_sys::window().and_then(|w| w.document())?;
    document
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        .or_else(|| document.body())
}

/// The entries the page shows: the registry, or in a benchmark build the
/// synthetic rows `?bench-rows=N` asks for (then rendered afresh: the served
/// page holds the registry).
fn page_index() -> (Arc<SearchIndex>, bool) {
    #[cfg(feature = "bench")]
    if let Some(index) = super::bench::index_from_url() {
        return (index, true);
    }
    #[cfg(feature = "bench")]
    super::bench::expose_wasm_memory();
    (registry_index(), false)
}

/// One of the served controls: `#filter` or `#show-unofficial`.
fn control(root: &Element, selector: &str) -> Option<HtmlInputElement> {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
}

/// The served controls the reader changed, and the caret if the box has the focus.
fn early_input(root: &Element) -> EarlyInput {
    let control = |selector: &str| control(root, selector);
    let changed = |input: &HtmlInputElement| input.has_attribute("data-changed");
    let focused = |input: &HtmlInputElement| {
        input
            .owner_document()
            .and_then(|d| d.active_element())
            .is_some_and(|active| active == ***input)
    };
    let filter = control("#filter")
        .filter(|input| changed(input) || input.value() != input.default_value())
        .map(|input| {
            let caret = match (input.selection_start(), input.selection_end()) {
                (Ok(Some(start)), Ok(Some(end))) if focused(&input) => Some((start, end)),
                _ => None,
            };
            (input.value(), caret)
        });
    EarlyInput {
        filter,
        show_unofficial: control("#show-unofficial")
            .filter(|input| changed(input) || input.checked() != input.default_checked())
            .map(|input| input.checked()),
        guide_step: opened_guide_step(root),
    }
}

/// The deepest step the reader opened in the served guide: the last open
/// disclosure (in document order) whose enclosing disclosures are all open;
/// its first question if only the guide itself is open.
fn opened_guide_step(root: &Element) -> Option<Step> {
    let outer = root.query_selector("details.guide[open]").ok().flatten()?;
    let opened = outer.query_selector_all("details[data-step][open]").ok();
    let mut deepest = guide::start();
    for i in 0..opened.as_ref().map_or(0, |o| o.length()) {
        let Some(element) = opened
            .as_ref()
            .and_then(|o| o.item(i))
            .and_then(|n| n.dyn_into::<Element>().ok())
        else {
            continue;
        };
        let mut visible = true;
        let mut parent = element.parent_element();
        while let Some(p) = parent {
            if p == outer {
                break;
            }
            if p.local_name() == "details" && !p.has_attribute("open") {
                visible = false;
            }
            parent = p.parent_element();
        }
        let step = element
            .get_attribute("data-step")
            .and_then(|id| guide::find(&id));
        if let (true, Some(step)) = (visible, step) {
            deepest = step;
        }
    }
    Some(deepest)
}

/// Writes what the reader had typed, ticked or opened back into the controls
/// (the caret too), after hydration wrote the served values into them.
fn put_back_early_input(root: &Element, early: &EarlyInput) {
    if let (Some((text, caret)), Some(input)) = (&early.filter, control(root, "#filter")) {
        input.set_value(text);
        if let Some((start, end)) = *caret {
            let _ = input.set_selection_range(start, end);
        }
    }
    if let (Some(checked), Some(input)) = (early.show_unofficial, control(root, "#show-unofficial"))
    {
        input.set_checked(checked);
    }
    // The served guide's disclosure (the steps in it keep what the reader opened).
    if let (Some(_), Ok(Some(guide))) = (early.guide_step, root.query_selector("details.guide")) {
        let _ = guide.set_attribute("open", "");
    }
}

/// Takes out `start.js`'s marks on the controls the reader changed.
fn clear_changed_marks(root: &Element) {
    if let Ok(marked) = root.query_selector_all("[data-changed]") {
        for i in 0..marked.length() {
            if let Some(element) = marked.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = element.remove_attribute("data-changed");
            }
        }
    }
}

/// Takes out what `start.js` wrote into the served page, so that what is
/// hydrated is what was served: its marks on the controls, and the count it
/// replaced while an address asked for a view.
fn clear_start_marks(root: &Element) {
    clear_changed_marks(root);
    if let Ok(Some(count)) = root.query_selector("#result-count[data-served]") {
        count.set_text_content(count.get_attribute("data-served").as_deref());
        let _ = count.remove_attribute("data-served");
    }
}

/// Applies what the reader typed or ticked before the app ran; the caret goes
/// back where it was.
fn apply_early_input(state: TableState, early: EarlyInput, filter_input: NodeRef<Input>) {
    if let Some(show) = early.show_unofficial {
        state.show_unofficial.set(show);
    }
    if early.guide_step.is_some() {
        state.go_to_step(early.guide_step);
    }
    let Some((text, caret)) = early.filter else {
        return;
    };
    state.filter_text.set(text.clone());
    let Some((start, end)) = caret else {
        return;
    };
    // Once the box shows the text (its value is written by a render effect,
    // which moves the caret to the end), before the next paint.
    request_animation_frame(move || {
        let Some(input) = filter_input.get_untracked() else {
            return;
        };
        // Unless the reader has typed since.
        if input.value() == text {
            let _ = input.focus();
            let _ = input.set_selection_range(start, end);
        }
    });
}
