#!/usr/bin/env python3
"""Plug's status atoms, derived the way Plug derives them (Plug cannot be installed here: Hex is not reachable).

Plug.Conn.Status (lib/plug/conn/status.ex, Plug 1.3.0 and later) turns each reason phrase into an atom:
lowercase it, delete every apostrophe, then replace every character that is not a-z or 0-9 with "_".
On top of that, aliased_statuses adds extra atoms that code/1 accepts (1.19.0+: {422, :unprocessable_entity}).

Run without arguments: prints "version<TAB>1.19.2", then "<code><TAB>:<atom>" for every atom Plug 1.19.2
accepts (phrases copied from status.ex at tag v1.19.2), in the same shape as the other scripts here.
Run with phrases as arguments: prints the atom for each phrase, e.g.  plug-rule.py "I'm a teapot"  ->  :im_a_teapot
"""
import re
import sys

VERSION = "1.19.2"

# (code, reason phrase) from the statuses map in lib/plug/conn/status.ex at v1.19.2
STATUSES = [
    (100, 'Continue'),
    (101, 'Switching Protocols'),
    (102, 'Processing'),
    (103, 'Early Hints'),
    (200, 'OK'),
    (201, 'Created'),
    (202, 'Accepted'),
    (203, 'Non-Authoritative Information'),
    (204, 'No Content'),
    (205, 'Reset Content'),
    (206, 'Partial Content'),
    (207, 'Multi-Status'),
    (208, 'Already Reported'),
    (226, 'IM Used'),
    (300, 'Multiple Choices'),
    (301, 'Moved Permanently'),
    (302, 'Found'),
    (303, 'See Other'),
    (304, 'Not Modified'),
    (305, 'Use Proxy'),
    (306, 'Switch Proxy'),
    (307, 'Temporary Redirect'),
    (308, 'Permanent Redirect'),
    (400, 'Bad Request'),
    (401, 'Unauthorized'),
    (402, 'Payment Required'),
    (403, 'Forbidden'),
    (404, 'Not Found'),
    (405, 'Method Not Allowed'),
    (406, 'Not Acceptable'),
    (407, 'Proxy Authentication Required'),
    (408, 'Request Timeout'),
    (409, 'Conflict'),
    (410, 'Gone'),
    (411, 'Length Required'),
    (412, 'Precondition Failed'),
    (413, 'Request Entity Too Large'),
    (414, 'Request-URI Too Long'),
    (415, 'Unsupported Media Type'),
    (416, 'Requested Range Not Satisfiable'),
    (417, 'Expectation Failed'),
    (418, "I'm a teapot"),
    (421, 'Misdirected Request'),
    (422, 'Unprocessable Content'),
    (423, 'Locked'),
    (424, 'Failed Dependency'),
    (425, 'Too Early'),
    (426, 'Upgrade Required'),
    (428, 'Precondition Required'),
    (429, 'Too Many Requests'),
    (431, 'Request Header Fields Too Large'),
    (451, 'Unavailable For Legal Reasons'),
    (500, 'Internal Server Error'),
    (501, 'Not Implemented'),
    (502, 'Bad Gateway'),
    (503, 'Service Unavailable'),
    (504, 'Gateway Timeout'),
    (505, 'HTTP Version Not Supported'),
    (506, 'Variant Also Negotiates'),
    (507, 'Insufficient Storage'),
    (508, 'Loop Detected'),
    (510, 'Not Extended'),
    (511, 'Network Authentication Required'),
]

# aliased_statuses in the same file: atoms accepted besides the derived ones
ALIASES = [
    (422, "unprocessable_entity"),
]


def atom(phrase):
    """The Plug atom for a reason phrase, written with its leading colon."""
    return ":" + re.sub(r"[^a-z0-9]", "_", phrase.lower().replace("'", ""))


def main(argv):
    if argv:
        for phrase in argv:
            print(atom(phrase))
        return
    rows = [(code, atom(phrase)) for code, phrase in STATUSES]
    rows += [(code, ":" + name) for code, name in ALIASES]
    print("version\t%s" % VERSION)
    for code, name in sorted(rows):
        print("%d\t%s" % (code, name))


if __name__ == "__main__":
    main(sys.argv[1:])
