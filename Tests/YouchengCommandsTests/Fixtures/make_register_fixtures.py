"""Regenerates register-titled.xlsx and register-titled.csv (python3, standard library only).

A registry kept by hand, laid out as offices keep it in Excel:

row 1   a title merged across the table (A1:H1)
row 2   blank (Excel writes no <row> for it)
row 3   a note row, merged too
row 4   the header, with a 序号 column first
rows 5, 6, 8, 9   partnerships (row 7 blank; row 8 has a date that does not exist)
row 10  合计 (merged A10:B10) with a COUNTA formula under 外方城市

The workbook is written part by part the way Excel saves one: shared strings, numbers for the serial
numbers, a formula with its cached value, <mergeCells>. The CSV is what Excel's "CSV UTF-8" gives
for the same sheet (a BOM, every row as wide as the table).
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
WIDTH = 8
ROWS = {
    1: ["南京市国际友好城市一览表"],
    3: ["填报单位：南京市人民政府外事办公室　截至2024年12月31日"],
    4: ["序号", "本地主体", "外方城市", "外方城市英文名", "国家", "类型", "结好时间", "备注"],
    5: [1, "南京市", "名古屋", "Nagoya", "日本", "友好城市", "1978-12-21", ""],
    6: [2, "南京市", "莱比锡", "Leipzig", "德国", "友好城市", "1988年5月", ""],
    8: [3, "南京市", "佛罗伦萨", "Florence", "意大利", "友好交流城市", "2019-13-45", ""],
    9: [4, "南京市鼓楼区", "名古屋", "Nagoya", "日本", "友好交流城市", "2015-05-03", "区级"],
    10: ["合计", "", ("COUNTA(C5:C9)", 4)],
}
MERGES = ["A1:H1", "A3:H3", "A10:B10"]


def column(i):
    return "ABCDEFGH"[i]


def worksheet(strings):
    def index(text):
        if text not in strings:
            strings.append(text)
        return strings.index(text)

    rows = []
    for r, cells in sorted(ROWS.items()):
        out = []
        for i, value in enumerate(cells):
            ref = f"{column(i)}{r}"
            if isinstance(value, tuple):
                out.append(f'<c r="{ref}"><f>{escape(value[0])}</f><v>{value[1]}</v></c>')
            elif isinstance(value, int):
                out.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif value:
                out.append(f'<c r="{ref}" t="s"><v>{index(value)}</v></c>')
        rows.append(f'<row r="{r}">{"".join(out)}</row>')
    merges = "".join(f'<mergeCell ref="{m}"/>' for m in MERGES)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<dimension ref="A1:H10"/><sheetData>{"".join(rows)}</sheetData>'
        f'<mergeCells count="{len(MERGES)}">{merges}</mergeCells></worksheet>'
    )


def shared_strings(strings):
    items = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>'
    )


PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="友城一览表" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        'Target="sharedStrings.xml"/></Relationships>'
    ),
}


def write_xlsx(path):
    strings = []
    sheet = worksheet(strings)
    parts = dict(PARTS)
    parts["xl/worksheets/sheet1.xml"] = sheet
    parts["xl/sharedStrings.xml"] = shared_strings(strings)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 12, 31, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


def csv_cell(value):
    text = str(value[1] if isinstance(value, tuple) else value)
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n') else text


def write_csv(path):
    lines = []
    for r in range(1, max(ROWS) + 1):
        cells = ROWS.get(r, [])
        lines.append(",".join(csv_cell(c) for c in cells + [""] * (WIDTH - len(cells))))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    write_xlsx(os.path.join(HERE, "register-titled.xlsx"))
    write_csv(os.path.join(HERE, "register-titled.csv"))
