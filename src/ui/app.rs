use super::filter::{FilterBox, ResultSummary, UnofficialToggle};
use super::table::StatusTable;
use super::text;
use crate::query::{self, ClassSet, Query, SearchIndex, SortOrder, View};
use crate::registry::{self, REGISTRY_SNAPSHOT_DATE, REGISTRY_URL};
use leptos::prelude::*;
use std::sync::OnceLock;

/// The registry's search index, built once per page.
pub fn registry_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(registry::entries().to_vec()))
}

/// What the reader chose. Everything else on the page is derived from these.
#[derive(Clone, Copy)]
pub struct TableState {
    pub index: &'static SearchIndex,
    pub filter_text: RwSignal<String>,
    pub sort: RwSignal<SortOrder>,
    pub show_unofficial: RwSignal<bool>,
    pub query: Memo<Query>,
    pub outcome: Memo<query::Outcome>,
}

impl TableState {
    pub fn new(index: &'static SearchIndex) -> TableState {
        let filter_text = RwSignal::new(String::new());
        let sort = RwSignal::new(SortOrder::default());
        let show_unofficial = RwSignal::new(false);
        let query = Memo::new(move |_| filter_text.with(|text| Query::parse(text)));
        let outcome = Memo::new(move |_| {
            let view = View {
                sort: sort.get(),
                show_unofficial: show_unofficial.get(),
                classes: ClassSet::ALL,
            };
            query.with(|q| query::run(index, q, view))
        });
        TableState {
            index,
            filter_text,
            sort,
            show_unofficial,
            query,
            outcome,
        }
    }
}

/// The standalone page: heading, widget, footer.
#[component]
pub fn App(index: &'static SearchIndex) -> impl IntoView {
    let state = TableState::new(index);
    super::url_state::restore(&state);
    super::url_state::keep_in_url(state);
    super::keyboard::focus_filter_on_slash();
    view! {
        <div class="http-status-table">
            <header class="page-header">
                <h1>{text::TITLE}</h1>
                <p class="intro">{text::INTRO}</p>
            </header>
            <main>
                <StatusWidget state=state />
            </main>
            <footer class="page-footer">
                <p>
                    {text::FOOTER_SOURCE}
                    <a href=REGISTRY_URL>{text::FOOTER_REGISTRY}</a>
                    {text::FOOTER_AS_OF}
                    <time datetime=REGISTRY_SNAPSHOT_DATE>{REGISTRY_SNAPSHOT_DATE}</time>
                    {text::FOOTER_OURS}
                </p>
            </footer>
        </div>
    }
}

/// The widget proper: controls, summary and table, without page chrome.
#[component]
pub fn StatusWidget(state: TableState) -> impl IntoView {
    let filter_input = NodeRef::new();
    view! {
        <section class="controls" aria-label="Filter">
            <FilterBox state=state input_ref=filter_input />
            <UnofficialToggle state=state />
        </section>
        <ResultSummary state=state filter_input=filter_input />
        <StatusTable state=state />
    }
}
