#!/usr/bin/env python3
"""Checks that #include "..." lines in gateway/, ui/ and app/ follow the layers of docs/architecture.md.

Two checks, both at the level of the folders of gateway/:

  * layer rules (the table LAYERS at the top of this script): includes point only down; in
    particular nothing in gateway/ includes ui/, the foundation and the bottom layer (base/,
    storage/, config/, security/) include nothing above them, domain folders include neither
    http/ nor ws/, and core/ is included by nothing but host/ and app/;
  * folder cycles: the folders of gateway/ and the includes between them form a graph; every
    strongly connected component with more than one folder is a cycle, and every include that
    is an edge inside such a component is reported.

Today's tree breaks both, so the check runs as a ratchet against a baseline file
(tests/architecture/layers-baseline.txt) of known offences, keyed by including file and included
file (never by line number, so unrelated edits do not touch it):

  * an offence that is not in the baseline fails the check (exit 1);
  * a baseline line that no longer occurs also fails the check ("fixed: remove this line from the
    baseline"), so the baseline can only shrink;
  * --update-baseline rewrites the baseline from the tree as it is;
  * --strict ignores the baseline: every offence fails (the goal of issue 12).

Each offence is printed as "path:line: <rule broken>: includes "<header>"". Includes resolve the
way the build does: the including file's folder first, then the include roots of its target
(gateway/ for gateway, ui/ then gateway/ for ui, gateway/ then ui/ for app). A header generated
by the build from a template (core/version.h from core/version.h.in) counts as the template;
other includes that resolve to no file (Qt's, the standard library's, .moc files) are ignored.

Python 3 standard library only; see docs/architecture.md, "Layers and the include check".
"""

import argparse
import io
import os
import re
import shutil
import sys
import tempfile
from collections import defaultdict

# --------------------------------------------------------------------------------------------
# The layers, bottom to top (docs/architecture.md, "Layers and the include check").
# A folder of gateway/ belongs to exactly one layer; a file may include files of its own layer
# and of the layers listed under "may include". Folders that do not exist yet simply have no
# files. A gateway/ folder missing from this table is itself an offence: place it first.
#
#   layer        folders (of gateway/, or a whole tree)          may include
LAYERS = [
    ("foundation", ["base"],                                       []),
    ("bottom",     ["storage", "config", "security"],              ["foundation"]),
    ("domain",     ["sessions", "agent", "providers", "queue", "cron", "usage",
                    "conversation", "channels", "channels/*", "telegram", "metrics"],
                                                                   ["foundation", "bottom"]),
    ("transport",  ["http", "ws"],                                 ["foundation", "bottom", "domain"]),
    ("control",    ["control"],                                    ["foundation", "bottom", "domain",
                                                                    "transport"]),
    ("core",       ["core"],                                       ["foundation", "bottom", "domain",
                                                                    "transport", "control"]),
    ("host",       ["host"],                                       ["foundation", "bottom", "domain",
                                                                    "transport", "control", "core"]),
    # The panel sits on the gateway library but not on its composition (core/).
    ("ui",         ["ui/"],                                        ["foundation", "bottom", "domain",
                                                                    "transport", "control", "host"]),
    ("app",        ["app/"],                                       ["foundation", "bottom", "domain",
                                                                    "transport", "control", "core",
                                                                    "host", "ui"]),
]
# "channels/*": each channels/<name>/ subfolder is a channel module of its own (a node of the
# folder graph), e.g. channels/telegram/. telegram/ is today's top-level place of that module.
# --------------------------------------------------------------------------------------------

SOURCE_TREES = ["gateway", "ui", "app"]
# Include roots per tree, in the order the compiler searches them (target_include_directories of
# gateway/CMakeLists.txt and ui/CMakeLists.txt; app links gateway before ui).
INCLUDE_ROOTS = {"gateway": ["gateway"], "ui": ["ui", "gateway"], "app": ["gateway", "ui"]}
SOURCE_SUFFIXES = (".h", ".hpp", ".cpp", ".cc", ".cxx", ".h.in", ".cpp.in")
INCLUDE_RE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
DEFAULT_BASELINE = "tests/architecture/layers-baseline.txt"

LAYER_OF_FOLDER = {}
for _name, _folders, _below in LAYERS:
    for _folder in _folders:
        LAYER_OF_FOLDER[_folder] = _name
ALLOWED = {name: set(below) | {name} for name, _folders, below in LAYERS}
FOUNDATION = {"foundation", "bottom"}
TRANSPORTS = {"http", "ws"}


def node_of(path):
    """The node of a repo-relative file: "ui/", "app/", a gateway/ folder, or None."""
    parts = path.split("/")
    if parts[0] in ("ui", "app"):
        return parts[0] + "/"
    if parts[0] != "gateway" or len(parts) < 3:
        return None  # gateway/CMakeLists.txt and the like
    if parts[1] == "channels" and len(parts) > 3:
        return "channels/" + parts[2]
    return parts[1]


def layer_of(node):
    if node is None:
        return None
    if node.startswith("channels/"):
        return LAYER_OF_FOLDER.get("channels/*")
    return LAYER_OF_FOLDER.get(node)


def show(node):
    return node if node.endswith("/") else node + "/"


def broken_rule(src, dst):
    """The rule an include from folder src into folder dst breaks, or None."""
    if src == dst:
        return None
    src_layer, dst_layer = layer_of(src), layer_of(dst)
    if src_layer is None:
        return "gateway/%s is in no layer of scripts/check-layers.py's table" % show(src)
    if dst_layer is None:
        return None  # reported once for the folder's own files
    if src_layer != "ui" and src_layer != "app" and dst_layer == "ui":
        return "nothing in gateway/ includes ui/"
    if dst_layer == "core" and src_layer not in ("core", "host", "app"):
        return "core/ is included by nothing but host/ and app/"
    if src_layer in FOUNDATION and dst_layer not in ALLOWED[src_layer]:
        return "%s (%s) includes nothing above it" % (show(src), src_layer)
    if src_layer == "domain" and dst in TRANSPORTS:
        return "domain folder %s includes neither http/ nor ws/" % show(src)
    if dst_layer not in ALLOWED[src_layer]:
        return "%s (%s) includes only down, not %s (%s)" % (show(src), src_layer, show(dst), dst_layer)
    return None


class Include:
    __slots__ = ("file", "line", "spelled", "target", "src", "dst")

    def __init__(self, file, line, spelled, target):
        self.file, self.line, self.spelled, self.target = file, line, spelled, target
        self.src, self.dst = node_of(file), node_of(target)

    def where(self):
        return "%s:%d" % (self.file, self.line)

    def key(self, kind):
        return "%s %s -> %s" % (kind, self.file, self.target)


def list_sources(root):
    files = []
    for tree in SOURCE_TREES:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, tree)):
            dirnames.sort()
            for name in sorted(filenames):
                if name.endswith(SOURCE_SUFFIXES):
                    files.append(os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "/"))
    return files


def resolve(root, including, spelled):
    """The repo-relative file an include names, the way the compiler finds it, or None."""
    tree = including.split("/")[0]
    bases = [os.path.dirname(including)] + INCLUDE_ROOTS[tree]
    # A gateway/ file that reaches into ui/ does not compile, but say why rather than stay silent.
    bases += [t for t in SOURCE_TREES if t not in bases and t != "app"]
    for base in bases:
        for candidate in (spelled, spelled + ".in"):
            rel = os.path.normpath(os.path.join(base, candidate)).replace(os.sep, "/")
            if not rel.startswith("../") and os.path.isfile(os.path.join(root, rel)):
                return rel
    return None


def scan(root):
    includes = []
    for rel in list_sources(root):
        with open(os.path.join(root, rel), encoding="utf-8", errors="replace") as f:
            for number, text in enumerate(f, 1):
                m = INCLUDE_RE.match(text)
                if not m:
                    continue
                target = resolve(root, rel, m.group(1))
                if target is not None and target != rel:
                    includes.append(Include(rel, number, m.group(1), target))
    return includes


def strongly_connected(nodes, edges):
    """Tarjan's algorithm; returns the components, each a sorted list of nodes."""
    index, low, on_stack, stack, result = {}, {}, set(), [], []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            result.append(sorted(component))

    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return result


class Report:
    def __init__(self, includes):
        self.violations = []  # (Include, rule)
        for inc in includes:
            rule = broken_rule(inc.src, inc.dst) if inc.src and inc.dst else None
            if rule:
                self.violations.append((inc, rule))

        gateway = [i for i in includes if i.file.startswith("gateway/") and i.target.startswith("gateway/")
                   and i.src and i.dst]
        self.folders = sorted({i.src for i in gateway} | {i.dst for i in gateway})
        self.edge_includes = defaultdict(list)  # (src, dst) -> [Include]
        for inc in gateway:
            if inc.src != inc.dst:
                self.edge_includes[(inc.src, inc.dst)].append(inc)
        edges = defaultdict(set)
        for src, dst in self.edge_includes:
            edges[src].add(dst)
        self.mutual = sorted((a, b) for (a, b) in self.edge_includes if a < b and (b, a) in self.edge_includes)
        self.cycles = [c for c in strongly_connected(self.folders, edges) if len(c) > 1]
        component = {node: n for n, c in enumerate(self.cycles) for node in c}
        self.cycle_includes = [inc for (src, dst), incs in sorted(self.edge_includes.items())
                               if src in component and component[src] == component.get(dst)
                               for inc in incs]

    def keys(self):
        """Baseline key -> the first include (file:line) that produces it."""
        found = {}
        for inc, rule in self.violations:
            found.setdefault(inc.key("layer"), (inc, rule))
        for inc in self.cycle_includes:
            found.setdefault(inc.key("cycle"), (inc, "include inside a folder cycle"))
        return found


def read_baseline(path):
    entries = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for number, text in enumerate(f, 1):
                text = text.strip()
                if text and not text.startswith("#"):
                    entries.append((number, text))
    return entries


def write_baseline(path, keys):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Known offences against the layers of docs/architecture.md, written by\n"
                "# scripts/check-layers.py --update-baseline. One line per including file and included file:\n"
                "#   layer <file> -> <included file>   the include breaks a layer rule\n"
                "#   cycle <file> -> <included file>   the include is an edge inside a cycle of gateway/ folders\n"
                "# This list may only shrink: a new offence fails the check, and so does a line here that no\n"
                "# longer occurs. Fix the include rather than add a line.\n")
        for key in sorted(keys):
            f.write(key + "\n")


def print_cycles(report, out):
    for n, component in enumerate(report.cycles, 1):
        inside = [(s, d) for (s, d) in sorted(report.edge_includes) if s in component and d in component]
        out.write("cycle %d: %d folders (%s), %d folder-to-folder edges:\n"
                  % (n, len(component), " ".join(show(c) for c in component), len(inside)))
        for src, dst in inside:
            first = report.edge_includes[(src, dst)][0]
            count = len(report.edge_includes[(src, dst)])
            out.write("  %s -> %s  (%d include%s, e.g. %s: includes \"%s\")\n"
                      % (show(src), show(dst), count, "" if count == 1 else "s", first.where(), first.spelled))


def print_summary(report, found, out):
    out.write("summary:\n"
              "  folders in gateway/:                          %d\n"
              "  folder-to-folder include edges:               %d\n"
              "  pairs of folders that include each other:     %d\n"
              "  cycles (strongly connected components):       %d, covering %d folders\n"
              "  includes that break a layer rule:             %d\n"
              "  includes that are edges inside a cycle:       %d\n"
              "  offences (file -> included file):             %d\n"
              % (len(report.folders), len(report.edge_includes), len(report.mutual), len(report.cycles),
                 sum(len(c) for c in report.cycles), len(report.violations), len(report.cycle_includes),
                 len(found)))


def print_offence(inc, rule, out, prefix=""):
    out.write('%s%s: %s: includes "%s"\n' % (prefix, inc.where(), rule, inc.spelled))


def run(argv, out=sys.stdout):
    parser = argparse.ArgumentParser(
        prog="check-layers.py", description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n\n", 1)[1], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."),
                        help="the repository (default: the parent of scripts/)")
    parser.add_argument("--baseline", help="the baseline file (default: ROOT/%s)" % DEFAULT_BASELINE)
    parser.add_argument("--strict", action="store_true",
                        help="ignore the baseline: every offence fails (the goal of issue 12)")
    parser.add_argument("--update-baseline", action="store_true",
                        help="rewrite the baseline from today's tree and exit 0")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="also list the offences the baseline knows, and every cycle")
    parser.add_argument("--self-test", action="store_true",
                        help="run the check against small fake trees and verify that it fails where it must")
    args = parser.parse_args(argv)

    if args.self_test:
        return self_test(out)

    root = os.path.abspath(args.root)
    if not os.path.isdir(os.path.join(root, "gateway")):
        out.write("check-layers: %s has no gateway/ folder (use --root)\n" % root)
        return 2
    baseline_path = args.baseline or os.path.join(root, DEFAULT_BASELINE)
    report = Report(scan(root))
    found = report.keys()

    if args.update_baseline:
        write_baseline(baseline_path, found)
        out.write("check-layers: wrote %d lines to %s\n" % (len(found), baseline_path))
        print_summary(report, found, out)
        return 0

    known = {} if args.strict else {text: number for number, text in read_baseline(baseline_path)}
    new = sorted((key for key in found if key not in known), key=lambda k: (found[k][0].file, found[k][0].line, k))
    fixed = sorted((number, key) for key, number in known.items() if key not in found)
    baseline_name = os.path.relpath(baseline_path, root)

    if args.verbose or args.strict:
        for inc, rule in report.violations:
            print_offence(inc, rule, out)
        for inc in report.cycle_includes:
            print_offence(inc, "include inside a cycle of gateway/ folders (%s -> %s)"
                          % (show(inc.src), show(inc.dst)), out)
    if report.cycles and (args.verbose or args.strict or any(k.startswith("cycle ") for k in new)):
        print_cycles(report, out)
    if not args.strict:
        for key in new:
            inc, rule = found[key]
            if key.startswith("cycle "):
                rule = "new include inside a cycle of gateway/ folders (%s -> %s)" % (show(inc.src), show(inc.dst))
            print_offence(inc, rule, out)
        for number, key in fixed:
            out.write("%s:%d: fixed: remove this line from the baseline: %s\n" % (baseline_name, number, key))

    print_summary(report, found, out)
    if args.strict:
        failed = bool(found)
        out.write("check-layers: %s (strict: the baseline is ignored)\n"
                  % ("%d offences" % len(found) if failed else "ok"))
    else:
        failed = bool(new or fixed)
        out.write("check-layers: %d offences in the baseline, %d new, %d fixed%s\n"
                  % (len(known), len(new), len(fixed),
                     " -- fix the new includes; remove fixed lines (or run --update-baseline)" if failed else ""))
    return 1 if failed else 0


# --------------------------------------------------------------------------------------------
# --self-test: proves the check can fail. Builds small trees in a temporary folder and runs the
# check against them.

def self_test(out):
    failures = []
    roots = []

    def expect(condition, what, output):
        if not condition:
            failures.append("%s\n--- output ---\n%s" % (what, output))

    def tree(files):
        root = tempfile.mkdtemp(prefix="check-layers-")
        roots.append(root)
        for rel, text in files.items():
            path = os.path.join(root, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        return root

    def check(root, *extra):
        buffer = io.StringIO()
        code = run(["--root", root] + list(extra), buffer)
        return code, buffer.getvalue()

    clean = {
        "gateway/base/clock.h": "#pragma once\n#include <QDateTime>\n",
        "gateway/storage/database.h": '#pragma once\n#include "base/clock.h"\n',
        "gateway/sessions/store.h": '#pragma once\n#include "storage/database.h"\n#include "base/clock.h"\n',
        "gateway/channels/channel.h": "#pragma once\n",
        "gateway/channels/telegram/bot.h": '#pragma once\n#include "channels/channel.h"\n',
        "gateway/http/server.h": '#pragma once\n#include "sessions/store.h"\n',
        "gateway/core/gateway.h": '#pragma once\n#include "http/server.h"\n#include "core/version.h"\n'
                                  '#include "channels/telegram/bot.h"\n',
        "gateway/core/version.h.in": "#pragma once\n",
        "gateway/core/gateway.cpp": '#include "gateway.h"\n#include "gateway.moc"\n',
        "ui/mainwindow.h": '#pragma once\n#include "sessions/store.h"\n',
        "app/main.cpp": '#include "core/gateway.h"\n#include "mainwindow.h"\n',
    }
    root = tree(clean)
    code, output = check(root, "--strict")
    expect(code == 0, "a tree that follows the layers passes --strict", output)
    expect(re.search(r"folders in gateway/: +7\n", output) and re.search(r"cycles .*: +0,", output),
           "the clean tree has 7 folders (channels/telegram/ counts as its own) and no cycle", output)

    broken = dict(clean)
    # A bottom folder reaching up, a domain folder reaching into a transport, a gateway folder
    # reaching into ui/, a domain folder including core/ (generated header), and a cycle.
    broken["gateway/storage/database.h"] = '#pragma once\n#include "base/clock.h"\n#include "sessions/store.h"\n'
    broken["gateway/sessions/store.cpp"] = '#include "store.h"\n\n#include "http/server.h"\n'
    broken["gateway/base/clock.cpp"] = '#include "clock.h"\n#include "mainwindow.h"\n'
    broken["gateway/sessions/version.cpp"] = '#include "core/version.h"\n'
    broken["gateway/channels/channel.h"] = '#pragma once\n#include "channels/telegram/bot.h"\n'
    root = tree(broken)
    code, output = check(root)  # no baseline file: everything is new
    expect(code == 1, "offences without a baseline fail the check", output)
    for line in [
        'gateway/storage/database.h:3: storage/ (bottom) includes nothing above it: includes "sessions/store.h"',
        'gateway/sessions/store.cpp:3: domain folder sessions/ includes neither http/ nor ws/: includes "http/server.h"',
        'gateway/base/clock.cpp:2: nothing in gateway/ includes ui/: includes "mainwindow.h"',
        'gateway/sessions/version.cpp:1: core/ is included by nothing but host/ and app/: includes "core/version.h"',
        'gateway/channels/channel.h:2: new include inside a cycle of gateway/ folders '
        '(channels/ -> channels/telegram/): includes "channels/telegram/bot.h"',
        'gateway/channels/telegram/bot.h:2: new include inside a cycle of gateway/ folders '
        '(channels/telegram/ -> channels/): includes "channels/channel.h"',
        "cycle 1: 2 folders (channels/ channels/telegram/), 2 folder-to-folder edges:",
        "cycle 2: 4 folders (core/ http/ sessions/ storage/), 6 folder-to-folder edges:",
        '  storage/ -> sessions/  (1 include, e.g. gateway/storage/database.h:3: includes "sessions/store.h")',
    ]:
        expect(line in output.splitlines(), "reports: " + line, output)
    expect(re.search(r"cycles .*: +2, covering 6 folders", output)
           and re.search(r"pairs of folders that include each other: +3\n", output),
           "the summary counts both cycles and the three mutual pairs", output)

    # The ratchet: a baseline of today's offences passes; it cannot grow silently nor keep stale lines.
    baseline = os.path.join(root, DEFAULT_BASELINE)
    code, output = check(root, "--update-baseline")
    expect(code == 0 and os.path.exists(baseline), "--update-baseline writes the baseline", output)
    code, output = check(root)
    expect(code == 0, "offences in the baseline pass", output)
    code, output = check(root, "--strict")
    expect(code == 1 and 'gateway/sessions/store.cpp:3: domain folder sessions/ includes neither '
           'http/ nor ws/: includes "http/server.h"' in output, "--strict ignores the baseline", output)
    with open(os.path.join(root, "gateway/sessions/store.cpp"), "a", encoding="utf-8") as f:
        f.write('#include "http/server.h"\n#include "core/gateway.h"\n')
    code, output = check(root)
    expect(code == 1 and 'gateway/sessions/store.cpp:5: core/ is included by nothing but host/ and app/: '
           'includes "core/gateway.h"' in output, "a new offence next to known ones fails", output)
    expect("store.cpp:4" not in output, "a second include of a known pair is the same offence", output)
    with open(os.path.join(root, "gateway/sessions/store.cpp"), "w", encoding="utf-8") as f:
        f.write('#include "store.h"\n')
    code, output = check(root)
    fixed = "fixed: remove this line from the baseline: layer gateway/sessions/store.cpp -> gateway/http/server.h"
    expect(code == 1 and fixed in output, "a baseline line that no longer occurs fails", output)

    # A folder outside the table must be placed before it can include anything.
    root = tree(dict(clean, **{"gateway/plugins/loader.h": '#pragma once\n#include "base/clock.h"\n'}))
    code, output = check(root)
    expect(code == 1 and "gateway/plugins/ is in no layer" in output, "an unplaced folder fails", output)

    for root in roots:
        shutil.rmtree(root, ignore_errors=True)
    if failures:
        out.write("check-layers self-test: %d failure(s)\n\n%s\n" % (len(failures), "\n\n".join(failures)))
        return 1
    out.write("check-layers self-test: ok\n")
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
