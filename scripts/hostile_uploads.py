#!/usr/bin/env python3
"""Writes the hostile uploads scripts/bench-hostile feeds to `youcheng import` (issue 10), into the directory given.

far-2000.xlsx       2,000 rows, each naming only cell XFD (the 11 KB file of the issue), dimension A1:XFD1048576
far-1000000.xlsx    the same at 1,000,000 rows
bomb.xlsx           a worksheet inflating to 1 GiB of spaces, every declared uncompressed size rewritten to 100 bytes
rows-300000.csv     300,000 short rows (past the 200,000-row limit)
commas.csv          one line of 5,000,000 commas (past the 256-column limit)
"""
import os
import struct
import sys
import zipfile
import zlib

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WORKBOOK = (f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')


def far_columns(path, rows):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", RELS)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<worksheet xmlns="{MAIN}"><dimension ref="A1:XFD1048576"/><sheetData>'.encode())
            for r in range(1, rows + 1):
                sheet.write(f'<row r="{r}"><c r="XFD{r}"><v>1</v></c></row>'.encode())
            sheet.write(b"</sheetData></worksheet>")


def bomb(path, inflated):
    """A stored-by-hand deflate entry: the sizes in both headers say 100 bytes, the data inflates to `inflated`."""
    head = f'<worksheet xmlns="{MAIN}"><sheetData>'.encode()
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    crc = zlib.crc32(head)
    body = compressor.compress(head)
    block = b" " * (1 << 20)
    for _ in range(inflated >> 20):
        body += compressor.compress(block)
        crc = zlib.crc32(block, crc)
    body += compressor.flush()
    entries = [("xl/workbook.xml", WORKBOOK.encode()), ("xl/_rels/workbook.xml.rels", RELS.encode())]
    out, central = b"", b""
    for name, data in entries + [("xl/worksheets/sheet1.xml", None)]:
        if data is None:
            compressed, entry_crc = body, crc
        else:
            c = zlib.compressobj(9, zlib.DEFLATED, -15)
            compressed, entry_crc = c.compress(data) + c.flush(), zlib.crc32(data)
        encoded = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, entry_crc, len(compressed), 100,
                           len(encoded), 0) + encoded + compressed
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, entry_crc, len(compressed),
                               100, len(encoded), 0, 0, 0, 0, 0, offset) + encoded
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 3, 3, len(central), len(out), 0)
    with open(path, "wb") as f:
        f.write(out + central + end)


def main(directory):
    os.makedirs(directory, exist_ok=True)
    far_columns(os.path.join(directory, "far-2000.xlsx"), 2_000)
    far_columns(os.path.join(directory, "far-1000000.xlsx"), 1_000_000)
    bomb(os.path.join(directory, "bomb.xlsx"), 1 << 30)
    with open(os.path.join(directory, "rows-300000.csv"), "w") as f:
        f.write("home_code,partner,country\n" + "320100,x,JP\n" * 300_000)
    with open(os.path.join(directory, "commas.csv"), "w") as f:
        f.write("," * 5_000_000 + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
