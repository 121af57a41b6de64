//! The DOM side of the view: [`Dom`] writes markup (a row, the widget's
//! shell, a details panel) into new elements, [`Adopt`] walks the same
//! markup where the served page already has it, and [`Bindings`] keeps what
//! follows the state: render effects that write into those elements, and
//! event listeners. Dropping the bindings stops both.
//!
//! Why not Leptos' `view!`: the markup is written once already (`shell`,
//! `row_markup`) for the served page, its renderer assigns static markup
//! through `innerHTML` (a Trusted Types sink), and the wasm was 19.3 kB
//! brotli smaller without it (docs/performance.md). Leptos' reactive graph
//! (signals, memos, effects) still drives everything here.

use super::row_markup::Markup;
use reactive_graph::effect::RenderEffect;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{intern, JsCast, JsValue};
use web_sys::{Document, Element, Event, EventTarget};

/// A failed DOM call, with what was being done.
pub type DomResult<T> = Result<T, JsValue>;

/// A DOM `Markup` ([`Dom`] or [`Adopt`]) as a trait object: every walk that
/// takes one (the shell, a panel) is then compiled once for both.
pub type DomMarkup<'a> = dyn Markup<Node = Element, Error = JsValue> + 'a;

/// Writes markup into new DOM elements.
pub struct Dom<'a> {
    pub document: &'a Document,
}

impl Markup for Dom<'_> {
    type Node = Element;
    type Error = JsValue;

    /// Tags and classes come from a small set, so they are interned: sent to
    /// JS once, then passed by reference instead of decoded again for every
    /// row (decoding was the largest cost of drawing rows).
    fn element(&mut self, parent: Option<&Element>, tag: &'static str, class: &str) -> DomResult<Element> {
        let element = self.document.create_element(intern(tag))?;
        if !class.is_empty() {
            element.set_class_name(intern(class));
        }
        if let Some(parent) = parent {
            parent.append_with_node_1(&element)?;
        }
        Ok(element)
    }

    fn attribute(&mut self, node: &Element, name: &'static str, value: &str, common: bool) -> DomResult<()> {
        let value = if common { intern(value) } else { value };
        node.set_attribute(intern(name), value)
    }

    fn text(&mut self, node: &Element, text: &str, common: bool) -> DomResult<()> {
        node.append_with_str_1(if common { intern(text) } else { text })
    }
}

/// Walks elements that are already in the page (written at build time by the
/// same walk) instead of making them: each element asked for must be the next
/// element child of its parent, with the tag and class asked for. Text and
/// attributes are already there.
pub struct Adopt {
    root: Option<Element>,
    /// Per parent met so far, the element child to hand out next.
    next_child: Vec<(Element, Option<Element>)>,
    /// What a mismatch is reported as.
    differs: &'static str,
}

impl Adopt {
    /// Adopts `root` and what the walk finds in it; a mismatch is an error
    /// that starts with `differs`.
    pub fn new(root: Element, differs: &'static str) -> Adopt {
        Adopt {
            root: Some(root),
            next_child: Vec::new(),
            differs,
        }
    }
}

impl Markup for Adopt {
    type Node = Element;
    type Error = JsValue;

    fn element(&mut self, parent: Option<&Element>, tag: &'static str, class: &str) -> DomResult<Element> {
        let found = match parent {
            None => self.root.take(),
            Some(parent) => match self.next_child.iter_mut().find(|(p, _)| p == parent) {
                Some((_, next)) => next.take(),
                None => {
                    self.next_child.push((parent.clone(), None));
                    parent.first_element_child()
                }
            },
        };
        // One call with an interned selector, rather than reading the tag and
        // class back as strings (decoding them was most of the adoption's time).
        let selector = if class.is_empty() {
            [tag, ":not([class])"].concat()
        } else {
            [tag, "[class=\"", class, "\"]"].concat()
        };
        let matches = found
            .as_ref()
            .is_some_and(|e| e.matches(intern(&selector)).unwrap_or(false));
        let Some(element) = found.filter(|_| matches) else {
            let expected = [self.differs, ": expected <", tag, " class=\"", class, "\">"].concat();
            return Err(JsValue::from_str(&expected));
        };
        if let Some((_, next)) = parent.and_then(|p| self.next_child.iter_mut().find(|(q, _)| q == p)) {
            *next = element.next_element_sibling();
        }
        Ok(element)
    }

    fn attribute(&mut self, _: &Element, _: &'static str, _: &str, _: bool) -> DomResult<()> {
        Ok(())
    }

    fn text(&mut self, _: &Element, _: &str, _: bool) -> DomResult<()> {
        Ok(())
    }
}

/// The page's document; `None` outside a window (never, in a browser).
pub fn document() -> Option<Document> {
    web_sys::window().and_then(|window| window.document())
}

/// An event listener, removed when dropped.
struct Listener {
    target: EventTarget,
    event: &'static str,
    closure: Closure<dyn FnMut(Event)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        // Fails only if the target is gone, and then nothing listens anyway.
        let _ = self
            .target
            .remove_event_listener_with_callback(self.event, self.closure.as_ref().unchecked_ref());
    }
}

/// What keeps a piece of the view in step with the state: its render effects
/// and its event listeners, for as long as it is held.
#[derive(Default)]
pub struct Bindings {
    effects: Vec<RenderEffect<()>>,
    listeners: Vec<Listener>,
}

impl Bindings {
    /// Runs `update` now and again whenever a signal it read changes.
    /// (Boxed, so that every effect shares one copy of the effect machinery.)
    pub fn effect(&mut self, update: impl FnMut() + 'static) {
        let mut update: Box<dyn FnMut()> = Box::new(update);
        self.effects.push(RenderEffect::new(move |_: Option<()>| update()));
    }

    /// Calls `handler` on each `event` at `target`.
    pub fn on(&mut self, target: &EventTarget, event: &'static str, handler: impl FnMut(Event) + 'static) {
        let handler: Box<dyn FnMut(Event)> = Box::new(handler);
        let closure = Closure::wrap(handler);
        let event = intern(event);
        if target
            .add_event_listener_with_callback(event, closure.as_ref().unchecked_ref())
            .is_ok()
        {
            self.listeners.push(Listener {
                target: target.clone(),
                event,
                closure,
            });
        }
    }
}

/// Sets `element`'s text, unless it is already that (rewriting equal text
/// would still cost the browser a layout).
pub fn set_text(element: &Element, text: &str) {
    if element.text_content().as_deref() != Some(text) {
        element.set_text_content(Some(text));
    }
}

/// Sets or removes an attribute, unless it is already so (an attribute
/// written again still invalidates the element's style). Fails only on an
/// invalid name, and names are fixed in the code.
pub fn set_attribute(element: &Element, name: &str, value: Option<&str>) {
    let name = intern(name);
    if element.get_attribute(name).as_deref() == value {
        return;
    }
    let _ = match value {
        Some(value) => element.set_attribute(name, value),
        None => element.remove_attribute(name),
    };
}

/// Adds or removes one class.
pub fn toggle_class(element: &Element, class: &str, on: bool) {
    // Fails only on an invalid class name, and names are fixed in the code.
    let _ = element.class_list().toggle_with_force(intern(class), on);
}

/// Calls `handler` on each `event` at the window, for as long as the page lives.
pub fn on_window_for_good(event: &'static str, handler: impl FnMut(Event) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let handler: Box<dyn FnMut(Event)> = Box::new(handler);
    let closure = Closure::wrap(handler);
    // Fails only on an invalid event name.
    let _ = window.add_event_listener_with_callback(intern(event), closure.as_ref().unchecked_ref());
    closure.forget();
}

/// Calls `then` once, after `delay`. Fails only outside a window.
pub fn set_timeout(then: impl FnOnce() + 'static, delay: std::time::Duration) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let then = Closure::once_into_js(then);
    let millis = i32::try_from(delay.as_millis()).unwrap_or(i32::MAX);
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(then.unchecked_ref(), millis);
}
