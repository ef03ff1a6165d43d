"""Regenerates the fixtures in this folder (python3 -m pip install openpyxl; apt-get install libreoffice-calc).

registry-libreoffice.xlsx  saved by LibreOffice Calc from the openpyxl workbook below
registry-reordered.xlsx    openpyxl's workbook with its two sheet parts swapped, so the first
                           sheet in tab order lives in xl/worksheets/sheet2.xml (as Excel leaves it
                           after a tab is dragged to the front)
mac1904.xlsx               a workbook in the 1904 date system
gb18030.csv, utf8-bom.csv  the same small table in two encodings
binary.png, empty.csv, truncated.xlsx
"""
import datetime, os, shutil, subprocess, tempfile, zipfile
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

HERE = os.path.dirname(os.path.abspath(__file__))


def registry_workbook():
    wb = Workbook()
    ws = wb.active
    ws.title = "友好城市"
    ws.append(["城市", "国家", "结好日期", "年份", "备注"])
    ws.append(["杭州", "日本", datetime.date(1985, 3, 12), 1985, "首个友好城市"])
    ws["C2"].number_format = "yyyy-mm-dd"
    ws["A3"] = "Boston"          # sparse row: A3 and E3 only
    ws["E3"] = "只有首尾"
    # row 4 left out entirely
    ws["A5"] = "00123"           # a string that looks like a number
    ws["B5"] = True
    ws["C5"] = datetime.date(2001, 9, 30)
    ws["C5"].number_format = "mm-dd-yy"   # built-in numFmtId 14
    ws["D5"] = 3.25
    ws["E5"] = CellRichText(["富", TextBlock(InlineFont(b=True), "文本")])
    ws["A6"] = '=A2&"市"'        # LibreOffice stores the cached text as t="str"
    ws["D6"] = "=D2+1"
    other = wb.create_sheet("不应读取")
    other.append(["second sheet", "must not be read"])
    return wb


def swap_sheet_parts(src, dst):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        names = {"xl/worksheets/sheet1.xml": "xl/worksheets/sheet2.xml",
                 "xl/worksheets/sheet2.xml": "xl/worksheets/sheet1.xml"}
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/_rels/workbook.xml.rels":
                text = data.decode()
                text = text.replace("sheet1.xml", "@").replace("sheet2.xml", "sheet1.xml").replace("@", "sheet2.xml")
                data = text.encode()
            zout.writestr(names.get(item.filename, item.filename), data)


def main():
    tmp = tempfile.mkdtemp()
    plain = os.path.join(tmp, "registry.xlsx")
    registry_workbook().save(plain)
    swap_sheet_parts(plain, os.path.join(HERE, "registry-reordered.xlsx"))

    out = os.path.join(tmp, "lo")
    subprocess.run(["soffice", "--headless", "--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                    "--outdir", out, plain], check=True, capture_output=True)
    shutil.copy(os.path.join(out, "registry.xlsx"), os.path.join(HERE, "registry-libreoffice.xlsx"))

    from openpyxl.utils.datetime import CALENDAR_MAC_1904
    mac = Workbook()
    mac.epoch = CALENDAR_MAC_1904
    mac.active.append(["日期"])
    mac.active.append([datetime.date(1985, 3, 12)])
    mac.active["A2"].number_format = "yyyy-mm-dd"
    mac.save(os.path.join(HERE, "mac1904.xlsx"))

    table = "城市,国家,年份\r\n杭州,日本,1985\r\n\"巴黎, 法国\",法国,1997\r\n"
    with open(os.path.join(HERE, "gb18030.csv"), "wb") as f:
        f.write(table.encode("gb18030"))
    with open(os.path.join(HERE, "utf8-bom.csv"), "wb") as f:
        f.write(table.encode("utf-8-sig"))
    with open(os.path.join(HERE, "binary.png"), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89")
    open(os.path.join(HERE, "empty.csv"), "wb").close()
    with open(os.path.join(HERE, "registry-libreoffice.xlsx"), "rb") as f:
        head = f.read(400)
    with open(os.path.join(HERE, "truncated.xlsx"), "wb") as f:
        f.write(head)
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
