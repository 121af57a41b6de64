//! The page written at build time (`ui::page_html`, `ui::html`): every text is
//! escaped by the one escaping function, and the page holds the default view.
#![cfg(not(target_arch = "wasm32"))]

use http_status_table::config::{merge_site_entries, SiteEntry};
use http_status_table::query::{registry_index, SearchIndex, SortColumn};
use http_status_table::registry::Date;
use http_status_table::ui::html::{escape, Html};
use http_status_table::ui::page_html::standalone_page;
use http_status_table::ui::row_markup::{paint_row, RowPlace};
use http_status_table::ui::row_model::RowModel;

const TODAY: Date = Date {
    year: 2026,
    month: 12,
    day: 1,
};

const HOSTILE: [&str; 5] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "' onmouseover='alert(1)",
    "&lt;already escaped&gt; & more",
    "</td></tr></tbody><tbody>",
];

fn escaped(text: &str) -> String {
    let mut out = String::new();
    escape(text, &mut out);
    out
}

#[test]
fn escaping_leaves_no_markup_characters() {
    for text in HOSTILE {
        let out = escaped(text);
        assert!(!out.contains(['<', '>', '"', '\'']), "{out}");
        // Every & starts an entity this function wrote.
        let ampersands = out.matches('&').count();
        let entities = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
            .iter()
            .map(|e| out.matches(e).count())
            .sum::<usize>();
        assert_eq!(ampersands, entities, "{out}");
    }
    assert_eq!(
        escaped("a < b & \"c\" 'd'"),
        "a &lt; b &amp; &quot;c&quot; &#39;d&#39;"
    );
    assert_eq!(escaped("RFC 9110 §15.5.5 – ok"), "RFC 9110 §15.5.5 – ok");
}

#[test]
fn elements_and_attributes_are_written_escaped() {
    let mut html = Html::default();
    let p = html.add(None, "p", "note", &[("title", HOSTILE[1]), ("hidden", "")]);
    html.add_text(p, HOSTILE[0]);
    let input = html.add(Some(p), "input", "", &[("value", HOSTILE[2])]);
    html.add_text(input, "never written: inputs have no content");
    assert_eq!(
        html.to_html(p),
        "<p class=\"note\" title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\" hidden>\
         &lt;script&gt;alert(1)&lt;/script&gt;<input value=\"&#39; onmouseover=&#39;alert(1)\"></p>"
    );
}

#[test]
fn a_site_entry_with_markup_in_every_field_is_written_as_text() {
    let site = [SiteEntry {
        code: 299,
        name: HOSTILE[0].into(),
        description: HOSTILE[4].into(),
        link: Some(format!("https://example.org/{}", HOSTILE[1])),
    }];
    let index = SearchIndex::new(merge_site_entries(&site));
    let row = (0..index.len())
        .find(|&row| index.get(row).is_some_and(|(e, _)| e.code == 299))
        .expect("the site's row");
    let (entry, keys) = index.get(row).expect("row");
    let model = RowModel::new(entry, &SortColumn::ALL, TODAY);
    let mut html = Html::default();
    let place = RowPlace {
        row,
        shown_at: Some(0),
        anchor: true,
    };
    let Ok(painted) = paint_row(&mut html, &model, entry, keys, place);
    let out = html.to_html(painted.tr);
    assert!(!out.contains("<script") && !out.contains("<img") && !out.contains("<tbody"));
    assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(out.contains("&lt;/td&gt;&lt;/tr&gt;&lt;/tbody&gt;&lt;tbody&gt;"));
    assert!(out.contains(r#"rel="noopener noreferrer""#));
}

#[test]
fn the_page_holds_the_default_view() {
    let page = standalone_page(&registry_index(), TODAY);
    let rows = page.matches(" data-row=\"").count();
    assert_eq!(rows, registry_index().len(), "every entry has its row");
    let hidden = page
        .matches(" hidden><td class=\"col-code\"><span class=\"details-toggle\"")
        .count();
    let unofficial = registry_index()
        .entries()
        .iter()
        .filter(|e| e.is_unofficial())
        .count();
    assert_eq!(hidden, unofficial, "unofficial codes are hidden by default");
    assert!(page.contains(r#"<p class="count" id="result-count" data-starting="#));
    assert!(page.contains(">64 of 64 codes</p>"));
    assert_eq!(page.matches(r#"part="sort-button" disabled>"#).count(), 4);
    assert!(page.contains(r#"<th class="col-code" scope="col" aria-sort="ascending">"#));
    // Rows in code order; each registered code has its anchor once.
    let anchored: Vec<u16> = page
        .split("\" id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next()?.parse().ok())
        .collect();
    let mut sorted = anchored.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(anchored, sorted);
    assert_eq!(anchored.len(), 64);
    assert!(
        !page.contains("<script"),
        "no script is written into the page"
    );
}

#[test]
fn every_second_row_shown_is_striped_across_the_hidden_ones() {
    let page = standalone_page(&registry_index(), TODAY);
    // Each row's opening tag, in order: (striped, hidden).
    let rows: Vec<(bool, bool)> = page
        .split("<tr")
        .skip(1)
        .filter_map(|rest| {
            let tag = rest.split('>').next()?;
            let class = tag
                .split("class=\"")
                .nth(1)
                .and_then(|c| c.split('"').next())
                .unwrap_or("");
            tag.contains("data-row=").then(|| {
                (
                    class.split(' ').any(|c| c == "stripe"),
                    tag.ends_with(" hidden"),
                )
            })
        })
        .collect();
    assert_eq!(rows.len(), registry_index().len());
    let shown: Vec<bool> = rows
        .iter()
        .filter(|(_, hidden)| !hidden)
        .map(|(striped, _)| *striped)
        .collect();
    assert_eq!(shown.len(), 64);
    assert!(
        shown
            .iter()
            .enumerate()
            .all(|(place, &striped)| striped == (place % 2 == 1)),
        "{shown:?}"
    );
    assert!(
        rows.iter().any(|&(_, hidden)| hidden),
        "some rows are hidden between them"
    );
    assert!(
        rows.iter().all(|&(striped, hidden)| !(striped && hidden)),
        "a hidden row is not striped"
    );
}
