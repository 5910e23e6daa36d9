"""Reads CSV files the way analysts' tools do, strictly, and prints what each tool saw as JSON.

Input on stdin: {"files": ["/tmp/a.csv", ...], "spreadsheet": true}. Output on stdout: one
entry per file, {"csv": rows, "pandas": rows, "spreadsheet": rows}, each a list of lists of
strings (the header first), or {"error": "..."} where a reader refused the file.

- csv: Python's csv module with strict=True (a stray quote is an error, not a guess).
- pandas: read_csv with every column as text, so nothing is reinterpreted.
- spreadsheet: LibreOffice Calc's CSV import (soffice --convert-to xlsx, formulas evaluated,
  as a user opening the file gets), read back with openpyxl. A cell Calc took as a formula
  comes back as "FORMULA <text>", so a CSV injection shows up as a difference.
"""

import csv
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile


def read_csv_module(path):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return [row for row in csv.reader(handle, strict=True)]


def read_pandas(path):
    import pandas

    frame = pandas.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    return [list(frame.columns)] + [list(row) for row in frame.values.tolist()]


def spreadsheet_cell(cell):
    value = cell.value
    if cell.data_type == "f":
        return "FORMULA " + str(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


# Comma separated, double quotes, UTF-8 (76), from line 1, standard cells, English (US),
# quoted cells not forced to text, no special-number detection, then the import options up to
# "evaluate formulas" (true: what a user opening the file gets).
CALC_CSV_IMPORT = "Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,false,false,false,-1,true"


def read_spreadsheets(paths):
    import openpyxl

    work = tempfile.mkdtemp(prefix="csv-calc-")
    try:
        profile = os.path.join(work, "profile")
        out = os.path.join(work, "out")
        subprocess.run(
            [
                "soffice",
                "-env:UserInstallation=file://" + profile,
                "--headless",
                "--infilter=" + CALC_CSV_IMPORT,
                "--convert-to",
                "xlsx",
                "--outdir",
                out,
                *paths,
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=300,
        )
        results = {}
        for path in paths:
            converted = os.path.join(out, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
            if not os.path.exists(converted):
                results[path] = {"error": "LibreOffice did not convert " + path}
                continue
            sheet = openpyxl.load_workbook(converted).active
            results[path] = [[spreadsheet_cell(cell) for cell in row] for row in sheet.iter_rows()]
        return results
    finally:
        shutil.rmtree(work, ignore_errors=True)


def attempt(read, path):
    try:
        return read(path)
    except Exception as error:  # the reader's refusal is the finding
        return {"error": type(error).__name__ + ": " + str(error)}


def main():
    request = json.load(sys.stdin)
    files = request["files"]
    spreadsheets = read_spreadsheets(files) if request.get("spreadsheet") else {}
    answer = {}
    for path in files:
        answer[path] = {"csv": attempt(read_csv_module, path), "pandas": attempt(read_pandas, path)}
        if request.get("spreadsheet"):
            answer[path]["spreadsheet"] = spreadsheets[path]
    json.dump(answer, sys.stdout)


main()
