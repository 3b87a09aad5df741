//! The engine's address as a user writes it: `sphinx://HOST:PORT[,HOST:PORT...][/INDEX]`.
//!
//! Each `HOST:PORT` is a node's SphinxQL listener. One is enough to reach an archive (the
//! other nodes are found through its distributed index); naming more lets a search go on
//! through another node when the first is down. `INDEX` is the distributed index to search;
//! without it, the node's only distributed index.

use std::fmt;

/// SphinxQL's usual port (Sphinx and Manticore both listen there by default).
pub const DEFAULT_SPHINXQL_PORT: u16 = 9306;

/// A node's SphinxQL listener.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeAddress {
    /// A host name, an IPv4 address, or an IPv6 address without its brackets.
    pub host: String,
    pub port: u16,
}

impl fmt::Display for NodeAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.host.contains(':') {
            write!(f, "[{}]:{}", self.host, self.port)
        } else {
            write!(f, "{}:{}", self.host, self.port)
        }
    }
}

/// A parsed `sphinx://` URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EngineUrl {
    /// At least one node, in the order given.
    pub nodes: Vec<NodeAddress>,
    /// The index to search, when the URL names one (a valid index name).
    pub index: Option<String>,
}

impl fmt::Display for EngineUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "sphinx://")?;
        for (i, node) in self.nodes.iter().enumerate() {
            write!(f, "{}{node}", if i > 0 { "," } else { "" })?;
        }
        match &self.index {
            Some(index) => write!(f, "/{index}"),
            None => Ok(()),
        }
    }
}

/// Is `name` an index name the engine accepts (letters, digits, `_`, not starting with a
/// digit)? Index names are written into statements, so nothing else is let through.
pub fn is_index_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name.len() <= MAX_INDEX_NAME_BYTES
}

/// Longest index name accepted: far above any real one, short enough for one error line.
const MAX_INDEX_NAME_BYTES: usize = 64;

impl EngineUrl {
    /// Parses a URL, or says in a few words what is wrong with it.
    pub fn parse(text: &str) -> Result<EngineUrl, String> {
        let text = text.trim();
        let rest = match text.split_once("://") {
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("sphinx") => rest,
            Some((scheme, _)) => {
                return Err(format!("the engine URL must start with sphinx:// (not {scheme}://): sphinx://HOST:PORT/INDEX"))
            }
            None => return Err(format!("{text:?} is not an engine URL; write sphinx://HOST:PORT/INDEX")),
        };
        if rest.contains(['?', '#']) {
            return Err("the engine URL takes no query or fragment (?…, #…): sphinx://HOST:PORT/INDEX".into());
        }
        if rest.contains('@') {
            return Err("the engine URL carries no user or password (the engine has none): sphinx://HOST:PORT/INDEX".into());
        }
        let (hosts, path) = rest.split_once('/').unwrap_or((rest, ""));
        let index = match path.trim_end_matches('/') {
            "" => None,
            name if is_index_name(name) => Some(name.to_string()),
            name => {
                return Err(format!("{name:?} is not an index name (letters, digits and _, not starting with a digit)"))
            }
        };
        if hosts.is_empty() {
            return Err("the engine URL names no node: sphinx://HOST:PORT/INDEX".into());
        }
        let nodes = hosts.split(',').map(parse_node).collect::<Result<Vec<_>, _>>()?;
        Ok(EngineUrl { nodes, index })
    }
}

fn parse_node(text: &str) -> Result<NodeAddress, String> {
    let (host, port) = if let Some(bracketed) = text.strip_prefix('[') {
        let (host, after) = bracketed.split_once(']').ok_or_else(|| format!("{text:?}: an IPv6 address needs its closing ]"))?;
        match after {
            "" => (host, None),
            _ => (host, Some(after.strip_prefix(':').ok_or_else(|| format!("{text:?}: expected :PORT after the address"))?)),
        }
    } else {
        match text.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (text, None),
        }
    };
    let valid_host = !host.is_empty()
        && host.len() <= 253
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ':'));
    if !valid_host {
        return Err(format!("{text:?} is not HOST:PORT (a host name or an IP address, then a port)"));
    }
    let port = match port {
        None => DEFAULT_SPHINXQL_PORT,
        Some(port) => match port.parse::<u16>() {
            Ok(p) if p > 0 => p,
            _ => return Err(format!("{port:?} is not a port (1 to 65535) in {text:?}")),
        },
    };
    Ok(NodeAddress { host: host.to_string(), port })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(host: &str, port: u16) -> NodeAddress {
        NodeAddress { host: host.into(), port }
    }

    #[test]
    fn a_url_names_its_nodes_and_index() {
        let url = EngineUrl::parse("sphinx://127.0.0.1:19306,localhost:19308/crosscheck").unwrap();
        assert_eq!(url.nodes, vec![node("127.0.0.1", 19306), node("localhost", 19308)]);
        assert_eq!(url.index.as_deref(), Some("crosscheck"));
        assert_eq!(url.to_string(), "sphinx://127.0.0.1:19306,localhost:19308/crosscheck");
    }

    #[test]
    fn the_index_and_the_port_may_be_left_out() {
        let url = EngineUrl::parse("SPHINX://archive.example/").unwrap();
        assert_eq!(url.nodes, vec![node("archive.example", DEFAULT_SPHINXQL_PORT)]);
        assert_eq!(url.index, None);
        let v6 = EngineUrl::parse("sphinx://[::1]:9306/a").unwrap();
        assert_eq!(v6.nodes, vec![node("::1", 9306)]);
        assert_eq!(v6.to_string(), "sphinx://[::1]:9306/a");
    }

    #[test]
    fn a_broken_url_says_what_is_wrong() {
        for (text, says) in [
            ("http://127.0.0.1:9306", "must start with sphinx://"),
            ("127.0.0.1:9306", "not an engine URL"),
            ("sphinx://", "names no node"),
            ("sphinx:///crosscheck", "names no node"),
            ("sphinx://127.0.0.1:0", "not a port"),
            ("sphinx://127.0.0.1:99999", "not a port"),
            ("sphinx://127.0.0.1:abc", "not a port"),
            ("sphinx://127.0.0.1:9306,", "not HOST:PORT"),
            ("sphinx://user:pw@127.0.0.1:9306", "no user or password"),
            ("sphinx://127.0.0.1:9306/a?ranker=none", "no query"),
            ("sphinx://127.0.0.1:9306/cross check", "not an index name"),
            ("sphinx://127.0.0.1:9306/x;DROP", "not an index name"),
            ("sphinx://127.0.0.1:9306/1abc", "not an index name"),
            ("sphinx://ho st:9306", "not HOST:PORT"),
            ("sphinx://[::1:9306", "closing ]"),
        ] {
            let error = EngineUrl::parse(text).expect_err(text);
            assert!(error.contains(says), "{text}: {error}");
        }
    }

    #[test]
    fn index_names_are_identifiers() {
        assert!(is_index_name("crosscheck_0") && is_index_name("_a1"));
        for bad in ["", "0a", "a-b", "a b", "a'", "a`", "a;b", &"x".repeat(65)] {
            assert!(!is_index_name(bad), "{bad}");
        }
    }
}
