#!/usr/bin/env python3
"""Prints BenchmarkDotNet CSV reports as the Markdown tables docs/benchmarks.md uses.

Usage: python3 benchmarks/summarize.py <BenchmarkDotNet artifacts directory>

One table per suite: benchmark, mean, median, minimum, allocated bytes per operation, and two ratios to the suite's
baseline from the same run: BenchmarkDotNet's own (of means) and minimum over minimum, which a busy machine
disturbs least (other processes only ever add time). Every suite declares its baseline first, and BenchmarkDotNet
keeps declaration order, so the first row of each report is the baseline; a check below guards that.
"""
import csv
import glob
import os
import re
import sys

UNITS = {"ns": 1.0, "us": 1e3, "\u03bcs": 1e3, "\u00b5s": 1e3, "ms": 1e6, "s": 1e9}


def nanoseconds(text):
    match = re.match(r"^\s*([\d,.]+)\s*(\S+)\s*$", text)
    if not match:
        raise ValueError(f"cannot read a time from {text!r}")
    value, unit = match.groups()
    return float(value.replace(",", "")) * UNITS[unit]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: summarize.py <artifacts directory>")
    reports = sorted(glob.glob(os.path.join(sys.argv[1], "results", "*-report.csv")))
    if not reports:
        sys.exit(f"no *-report.csv under {sys.argv[1]}/results; run the benchmarks with --artifacts {sys.argv[1]}")
    for report in reports:
        suite = os.path.basename(report).split("-report")[0].rsplit(".", 1)[-1]
        with open(report, newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        baseline = rows[0]
        if abs(float(baseline["Ratio"]) - 1.0) > 0.2:
            sys.exit(f"{suite}: the first row does not look like the baseline (ratio {baseline['Ratio']})")
        baseline_min = nanoseconds(baseline["Min"])
        print(f"### {suite}\n")
        print("| benchmark | mean | median | min | ratio of means | ratio of minimums | allocated |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for row in rows:
            name = row["Method"].strip("'").replace("|", "\\|")
            if row is baseline:
                name = f"**baseline:** {name}"
            min_ratio = nanoseconds(row["Min"]) / baseline_min
            print(f"| {name} | {row['Mean']} | {row['Median']} | {row['Min']} | {row['Ratio']} | "
                  f"{min_ratio:,.2f} | {row['Allocated']} |")
        print()


if __name__ == "__main__":
    main()
