//! HTML text written at build time: a small element tree serialized with
//! every text and attribute value escaped by [`escape`], the one escaping
//! function. Nothing is ever written as raw markup. Pure Rust.

use super::row_markup::Markup;
use std::convert::Infallible;

/// Elements that have no end tag.
const VOID: [&str; 4] = ["input", "meta", "link", "br"];

/// An element tree; nodes are numbered in the order they are made.
#[derive(Default)]
pub struct Html {
    elements: Vec<Element>,
}

struct Element {
    tag: &'static str,
    attributes: Vec<(&'static str, String)>,
    children: Vec<Child>,
}

enum Child {
    Element(usize),
    Text(String),
}

/// Escapes `text` for HTML text and for a double-quoted attribute value alike.
pub fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

impl Html {
    /// `<tag class=…>` in `parent` with `attributes`; returns its node.
    pub fn add(
        &mut self,
        parent: Option<usize>,
        tag: &'static str,
        class: &str,
        attributes: &[(&'static str, &str)],
    ) -> usize {
        let mut all = Vec::with_capacity(attributes.len() + 1);
        if !class.is_empty() {
            all.push(("class", class.to_string()));
        }
        all.extend(attributes.iter().map(|&(n, v)| (n, v.to_string())));
        let node = self.elements.len();
        self.elements.push(Element {
            tag,
            attributes: all,
            children: Vec::new(),
        });
        if let Some(parent) = parent.and_then(|p| self.elements.get_mut(p)) {
            parent.children.push(Child::Element(node));
        }
        node
    }

    /// Appends text to `node`.
    pub fn add_text(&mut self, node: usize, text: &str) {
        if let Some(element) = self.elements.get_mut(node) {
            element.children.push(Child::Text(text.to_string()));
        }
    }

    /// `<tag class=…>text</tag>` in `parent`.
    pub fn add_with_text(
        &mut self,
        parent: usize,
        tag: &'static str,
        class: &str,
        attributes: &[(&'static str, &str)],
        text: &str,
    ) -> usize {
        let node = self.add(Some(parent), tag, class, attributes);
        self.add_text(node, text);
        node
    }

    /// Moves `node` (made with no parent) to the end of `parent`.
    pub fn append(&mut self, parent: usize, node: usize) {
        if let Some(parent) = self.elements.get_mut(parent) {
            parent.children.push(Child::Element(node));
        }
    }

    /// The HTML of `node` and everything in it.
    pub fn to_html(&self, node: usize) -> String {
        let mut out = String::new();
        self.write(node, &mut out);
        out
    }

    fn write(&self, node: usize, out: &mut String) {
        let Some(element) = self.elements.get(node) else {
            return;
        };
        out.push('<');
        out.push_str(element.tag);
        for (name, value) in &element.attributes {
            out.push(' ');
            out.push_str(name);
            if !value.is_empty() {
                out.push_str("=\"");
                escape(value, out);
                out.push('"');
            }
        }
        out.push('>');
        if VOID.contains(&element.tag) {
            return;
        }
        for child in &element.children {
            match child {
                Child::Element(child) => self.write(*child, out),
                Child::Text(text) => escape(text, out),
            }
        }
        out.push_str("</");
        out.push_str(element.tag);
        out.push('>');
    }
}

impl Markup for Html {
    type Node = usize;
    type Error = Infallible;

    fn element(
        &mut self,
        parent: Option<&usize>,
        tag: &'static str,
        class: &str,
    ) -> Result<usize, Infallible> {
        Ok(self.add(parent.copied(), tag, class, &[]))
    }

    fn attribute(
        &mut self,
        node: &usize,
        name: &'static str,
        value: &str,
        _common: bool,
    ) -> Result<(), Infallible> {
        if let Some(element) = self.elements.get_mut(*node) {
            element.attributes.push((name, value.to_string()));
        }
        Ok(())
    }

    fn text(&mut self, node: &usize, text: &str, _common: bool) -> Result<(), Infallible> {
        self.add_text(*node, text);
        Ok(())
    }
}
