#!/usr/bin/env python3
"""Turns the statements PostgreSQL logged for one request into a pgbench
script, so pgbench can replay exactly what the server sent.

Usage: replay.py LOG START_MARK END_MARK OUT
Reads LOG (log_statement = 'all') between the lines naming START_MARK and
END_MARK, substitutes the logged parameters into each statement and writes
one statement per line to OUT. Prints the number of statements."""

import re
import sys

PREFIX = re.compile(r"^\S+ \S+ \S+ \[(\d+)\] (LOG|DETAIL|ERROR|STATEMENT):\s+(.*)$")
PARAM = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")
PLACEHOLDER = re.compile(r"\$(\d+)\b")


def entries(lines):
    """(pid, kind, text) per log entry; continuation lines are joined."""
    current = None
    for line in lines:
        match = PREFIX.match(line)
        if match:
            if current:
                yield current
            current = [match.group(1), match.group(2), match.group(3)]
        elif current and line.startswith("\t"):
            current[2] += " " + line.strip()
    if current:
        yield current


def main():
    log, start, end, out = sys.argv[1:5]
    with open(log, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    inside = False
    statements = []
    for pid, kind, text in entries(lines):
        if start in text and kind == "LOG":
            inside = True
            continue
        if end in text and kind == "LOG":
            break
        if not inside:
            continue
        if kind == "LOG" and text.startswith("statement: "):
            statements.append(text[len("statement: "):])
        elif kind == "LOG" and text.startswith("execute "):
            statements.append(text.split(": ", 1)[1])
        elif kind == "DETAIL" and text.startswith("parameters: ") and statements:
            values = {int(n): v for n, v in PARAM.findall(text)}
            statements[-1] = PLACEHOLDER.sub(
                lambda m: values.get(int(m.group(1)), m.group(0)), statements[-1]
            )
    # One statement per line, as pgbench reads a script.
    with open(out, "w", encoding="utf-8") as f:
        for statement in statements:
            f.write(" ".join(statement.split()).rstrip(";") + ";\n")
    print(len(statements))


if __name__ == "__main__":
    main()
