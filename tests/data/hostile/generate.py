#!/usr/bin/env python3
"""Writes the hostile-input corpus of tests/data/hostile/ (see README.md there).

Every file is built from scratch here, byte for byte and without timestamps, so running the
script again gives the same files. A few PDFs are copied from ../shared/samples (an encrypted
contract and fuzzing files of the qpdf project), and the package cases start from a real
package that coupondesk-cli exports from a sample application:

    tests/data/hostile/generate.py --cli build/ci/bin/coupondesk-cli

Without --cli the package cases that need a real package are left as they are.
"""

import argparse
import hashlib
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import warnings
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "samples"))
# Zip entries get one fixed time, so the archives are reproducible.
FIXED_TIME = (2025, 1, 1, 0, 0, 0)


def write(relative, data):
    path = os.path.join(HERE, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------------------------
# PDFs


def pdf(objects, trailer_extra=b"", root=1, xref=True, header=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"):
    """A PDF from numbered object bodies (1-based), with a correct xref table."""
    out = bytearray(header)
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    if not xref:
        return bytes(out)
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d" % (len(objects) + 1)
    if root:
        out += b" /Root %d 0 R" % root
    out += trailer_extra + b" >>\nstartxref\n%d\n%%%%EOF\n" % start
    return bytes(out)


def stream(content, extra=b""):
    return b"<< /Length %d%s >>\nstream\n" % (len(content), extra) + content + b"\nendstream"


TEXT = (b"BT /F1 12 Tf 72 720 Td (Compute service contract, total amount RMB 100,000.00) Tj "
        b"0 -20 Td (Signed on 2025-03-01) Tj ET")
FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def one_page(content=TEXT, pages=b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page_extra=b""):
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        pages,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >>" + page_extra + b" >>",
        stream(content),
        FONT,
    ]


def make_pdfs():
    good = pdf(one_page())
    write("pdf/empty.pdf", b"")
    write("pdf/png-renamed.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    write("pdf/html-renamed.pdf", "<!DOCTYPE html><html><body>Vertrag</body></html>\n")
    write("pdf/header-only.pdf", b"%PDF-1.7\n")
    write("pdf/header-then-garbage.pdf",
          b"%PDF-1.4\n" + bytes((i * 97 + 13) % 256 for i in range(4096)))
    write("pdf/truncated-in-stream.pdf", good[: good.index(b"stream") + 30])
    write("pdf/no-xref.pdf", pdf(one_page(), xref=False))
    # The trailer's /Prev points at the xref table itself: a loop for a naive reader.
    looped = pdf(one_page())
    start = int(looped.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    write("pdf/xref-prev-loop.pdf", pdf(one_page(), trailer_extra=b" /Prev %d" % start))
    # startxref points past the end of the file.
    write("pdf/startxref-past-end.pdf",
          good.rsplit(b"startxref\n", 1)[0] + b"startxref\n99999999\n%%EOF\n")
    # /Count says a million pages, the tree holds one.
    write("pdf/lying-page-count.pdf",
          pdf(one_page(pages=b"<< /Type /Pages /Kids [3 0 R] /Count 1000000 >>")))
    # The page tree contains itself.
    write("pdf/page-tree-loop.pdf",
          pdf(one_page(pages=b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>")))
    write("pdf/no-pages.pdf", pdf(one_page(pages=b"<< /Type /Pages /Kids [] /Count 0 >>")))
    write("pdf/no-root.pdf", pdf(one_page(), root=0))
    # 20,000 nested arrays in the content stream and 5,000 nested dictionaries in the page.
    write("pdf/deep-nesting.pdf",
          pdf(one_page(content=b"[" * 20000 + b"]" * 20000 + b" " + TEXT,
                       page_extra=b" /Deep " + b"<< /A " * 5000 + b">> " * 5000)))
    # A stream that declares 100 GB.
    objects = one_page()
    objects[3] = (b"<< /Length 99999999999 >>\nstream\n" + TEXT + b"\nendstream")
    write("pdf/huge-declared-stream.pdf", pdf(objects))
    # A stream with a negative length.
    objects = one_page()
    objects[3] = (b"<< /Length -42 >>\nstream\n" + TEXT + b"\nendstream")
    write("pdf/negative-stream-length.pdf", pdf(objects))
    # A 64 MB content stream of spaces that deflates to about 64 KB.
    bomb = zlib.compress(b" " * (64 * 1024 * 1024), 9)
    write("pdf/flate-bomb.pdf", pdf(one_page(content=b"")[:3] + [
        stream(bomb, b" /Filter /FlateDecode"), FONT]))
    # A filter nobody knows, and a deflate stream that is not deflate data.
    write("pdf/unknown-filter.pdf", pdf(one_page(content=b"")[:3] + [
        stream(TEXT, b" /Filter /NoSuchDecode"), FONT]))
    write("pdf/broken-deflate.pdf", pdf(one_page(content=b"")[:3] + [
        stream(b"x\x9c" + b"\xff" * 200, b" /Filter /FlateDecode"), FONT]))
    # A page that is only an image (a 16 x 16 grey square): no text layer.
    image = stream(bytes(range(0, 256)),
                   b" /Type /XObject /Subtype /Image /Width 16 /Height 16 "
                   b"/ColorSpace /DeviceGray /BitsPerComponent 8")
    write("pdf/image-only.pdf", pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        stream(b"q 200 0 0 200 72 500 cm /Im1 Do Q"),
        image,
    ]))
    # The Contents reference an object that does not exist; the font is a number.
    objects = one_page()
    objects[2] = objects[2].replace(b"/Contents 4 0 R", b"/Contents 99 0 R")
    write("pdf/dangling-reference.pdf", pdf(objects))
    objects = one_page()
    objects[4] = b"42"
    write("pdf/font-is-a-number.pdf", pdf(objects))
    # Files from ../shared/samples: a real encrypted contract, and qpdf's damaged files.
    contracts = os.path.join(SAMPLES, "contracts")
    hostile = os.path.join(SAMPLES, "hostile-pdfs")
    copies = {
        "pdf/encrypted.pdf": os.path.join(contracts, "A08_zh_encrypted.pdf"),
        "pdf/qpdf-pages-loop.pdf": os.path.join(hostile, "qtest-pages-loop.pdf"),
        "pdf/qpdf-bad-encryption-length.pdf": os.path.join(hostile,
                                                          "qtest-bad-encryption-length.pdf"),
        "pdf/qpdf-append-xref-loop.pdf": os.path.join(hostile, "qtest-append-xref-loop.pdf"),
        "pdf/qpdf-outlines-with-loop.pdf": os.path.join(hostile, "qtest-outlines-with-loop.pdf"),
    }
    for target, source in copies.items():
        with open(source, "rb") as f:
            write(target, f.read())
    # OSS-Fuzz's file that keeps Poppler busy for about half a minute; it has no %PDF header,
    # so one is put in front, or it would be refused before the parser ever saw it.
    with open(os.path.join(hostile, "fuzz-69977a.pdf"), "rb") as f:
        write("pdf/stalls-the-parser.pdf", b"%PDF-1.4\n" + f.read())


# ---------------------------------------------------------------------------------------------
# CSVs

HEADER = ("applicant_id,company_name,company_name_zh,entity_type,registered_city,founded_date,"
          "unified_social_credit_code,contact_email,contract_file,contract_amount_cny,"
          "contract_signing_date,gpu_model,gpu_domestic,prior_subsidy_cny_this_year")
# Two valid rows of the sample batch file (no contract files attached).
ROW1 = ('SZTC-A-0001,"Shenzhen Sulian Education Technology Co., Ltd.",深圳市溯潋教育科技有限公司,'
        "enterprise,Shenzhen,2012-10-24,914403008698482861,apply@sulian-education.example,,"
        "432000.00,2025-08-06,NVIDIA H20,false,1000000.00")
ROW2 = ('SZTC-A-0002,"Shenzhen Qiongxiu Chip Design Co., Ltd.",深圳市穹岫芯片设计有限公司,'
        "enterprise,Shenzhen,2009-04-01,91440300MA9FNULF0E,contact@qiongxiu-chip.example,,"
        "14592000.00,2025-06-04,NVIDIA A800,false,0.00")


def csv(*lines, end="\n"):
    return end.join(lines) + end


def make_csvs():
    good = csv(HEADER, ROW1, ROW2)
    write("csv/empty.csv", b"")
    write("csv/only-bom.csv", b"\xef\xbb\xbf")
    write("csv/only-newlines.csv", "\n\n\r\n\n")
    write("csv/header-only.csv", csv(HEADER))
    write("csv/blank-first-line.csv", "\n" + good)
    write("csv/bom-utf8.csv", b"\xef\xbb\xbf" + good.encode())
    write("csv/double-bom.csv", b"\xef\xbb\xbf\xef\xbb\xbf" + good.encode())
    write("csv/utf16le-bom.csv", b"\xff\xfe" + good.encode("utf-16-le"))
    write("csv/utf16be-bom.csv", b"\xfe\xff" + good.encode("utf-16-be"))
    write("csv/utf16le-no-bom.csv", good.encode("utf-16-le"))
    write("csv/utf32le-bom.csv", b"\xff\xfe\x00\x00" + good.encode("utf-32-le"))
    # Excel's "CSV" in Western Europe: Latin-1 (here the ü of Müller) in the second row.
    write("csv/latin1-bytes.csv", csv(HEADER, ROW1).encode() +
          ROW2.encode().replace(b"Qiongxiu", b"M\xfcller") + b"\n")
    # GBK bytes, as Excel writes Chinese text on a Chinese Windows.
    write("csv/gbk-bytes.csv", csv(HEADER).encode() + ROW1.encode("gbk") + b"\n")
    write("csv/overlong-utf8.csv", csv(HEADER, ROW1).encode() +
          ROW2.encode().replace(b"Ltd.", b"Ltd\xc0\xae") + b"\n")
    write("csv/surrogate-utf8.csv", csv(HEADER, ROW1).encode() +
          ROW2.encode().replace(b"Ltd.", b"Ltd\xed\xa0\x80") + b"\n")
    write("csv/truncated-utf8.csv", csv(HEADER, ROW1).encode() + ROW2.encode()[:-1] +
          "深".encode()[:2])
    write("csv/nul-bytes.csv", csv(HEADER, ROW1, ROW2.replace("Chip", "Ch\x00ip")))
    write("csv/control-characters.csv", csv(HEADER, ROW1, ROW2.replace("Chip", "Ch\x1b[2Jip")))
    write("csv/cr-only.csv", csv(HEADER, ROW1, ROW2, end="\r"))
    write("csv/crlf.csv", csv(HEADER, ROW1, ROW2, end="\r\n"))
    write("csv/no-final-newline.csv", csv(HEADER, ROW1, ROW2)[:-1])
    # The quote opened in the last row's gpu_model is never closed.
    write("csv/unclosed-quote.csv", csv(HEADER, ROW1, ROW2.replace(",NVIDIA A800,", ',"NVIDIA A800,')))
    write("csv/stray-quote.csv", csv(HEADER, ROW1, ROW2.replace("Qiongxiu", 'Qiong"xiu')))
    write("csv/text-after-closing-quote.csv",
          csv(HEADER, ROW1, ROW2.replace('Ltd.",', 'Ltd." extra,')))
    write("csv/quoted-newlines.csv", csv(HEADER, ROW1.replace("Technology Co.", "Technology\nCo."),
                                         ROW2))
    write("csv/too-few-fields.csv", csv(HEADER, ROW1, ROW2.rsplit(",", 3)[0]))
    write("csv/too-many-fields.csv", csv(HEADER, ROW1, ROW2 + ",surplus,more"))
    write("csv/semicolon-separated.csv", csv(HEADER.replace(",", ";"), ROW1.replace(",", ";")))
    write("csv/tab-separated.csv", csv(HEADER.replace(",", "\t"), ROW1.replace(",", "\t")))
    write("csv/duplicate-column.csv", csv(HEADER + ",gpu_model", ROW1 + ",x"))
    write("csv/missing-column.csv", csv(HEADER.replace(",contact_email", ""),
                                        ROW1.replace(",apply@sulian-education.example", "")))
    write("csv/duplicate-ids.csv", csv(HEADER, ROW1, ROW1))
    write("csv/amount-overflow.csv",
          csv(HEADER, ROW1.replace("432000.00", "99999999999999999999999.00")))
    write("csv/amount-with-formula.csv",
          csv(HEADER, ROW1.replace("432000.00", "=SUM(A1:A9)")))
    write("csv/scientific-amount.csv", csv(HEADER, ROW1.replace("432000.00", "4.32E+05")))
    write("csv/excel-date.csv", csv(HEADER, ROW1.replace("2025-08-06", "45875")))
    # One field of 1.1 million characters: longer than any real record may be.
    write("csv/huge-field.csv", csv(HEADER, ROW1.replace("NVIDIA H20", "H" * 1_100_000)))
    # 20,000 rows of empty cells between two real rows, as spreadsheets export formatted areas.
    write("csv/only-commas.csv", csv(HEADER, ROW1, *([",,,,,,,,,,,,,"] * 20000), ROW2))


# ---------------------------------------------------------------------------------------------
# Rule packs and application files


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def dump(value):
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def make_json_files():
    pack = load_json(os.path.join(HERE, "..", "..", "..", "resources", "programs",
                                  "shenzhen-training-2024.json"))
    app = load_json(os.path.join(SAMPLES, "applications", "01-enterprise-basic.json"))

    def variant(base, change):
        copy = json.loads(json.dumps(base))
        change(copy)
        return dump(copy)

    # Rule packs
    write("rulepack/not-json.json", "This is not a rule pack.\n")
    write("rulepack/empty.json", b"")
    write("rulepack/truncated.json", dump(pack)[:1500])
    write("rulepack/array-root.json", "[1, 2, 3]\n")
    write("rulepack/deeply-nested.json", "[" * 100000 + "]" * 100000)
    write("rulepack/utf16.json", b"\xff\xfe" + dump(pack).encode("utf-16-le"))
    write("rulepack/id-is-a-number.json", variant(pack, lambda p: p.update(id=42)))
    write("rulepack/missing-parameters.json", variant(pack, lambda p: p.pop("parameters")))
    write("rulepack/rate-too-large.json", variant(
        pack, lambda p: p["parameters"]["standard_rate"].update(value="99999999999999999999.5")))
    write("rulepack/cap-overflow.json", variant(
        pack, lambda p: p["parameters"]["annual_cap"].update(value="1" + "0" * 30 + ".00")))
    write("rulepack/cap-is-a-number.json", variant(
        pack, lambda p: p["parameters"]["annual_cap"].update(value=1e308)))
    write("rulepack/huge-number.json", dump(pack).replace('"schema"', '"big": 1e999999,\n  "schema"', 1))
    write("rulepack/age-overflow.json", variant(
        pack, lambda p: p["parameters"]["startup_max_age_months"].update(value=2 ** 63)))
    write("rulepack/id-with-line-break.json", variant(pack, lambda p: p.update(id="shenzhen\n")))
    write("rulepack/bad-date.json", variant(
        pack, lambda p: p["parameters"]["valid_from"].update(value="2024-02-30")))
    write("rulepack/nul-in-id.json", variant(pack, lambda p: p.update(id="shenzhen\u0000x")))

    # Application files
    write("application/not-json.json", "schema: coupondesk.application/1\n")
    write("application/empty.json", b"")
    write("application/truncated.json", dump(app)[:400])
    write("application/array-root.json", "[" + dump(app) + "]")
    write("application/deeply-nested.json", '{"schema": ' + "[" * 100000 + "]" * 100000 + "}")
    write("application/utf8-bom.json", b"\xef\xbb\xbf" + dump(app).encode())
    write("application/utf16.json", b"\xff\xfe" + dump(app).encode("utf-16-le"))
    write("application/amount-as-number.json", variant(
        app, lambda a: a["contracts"][0].update(amount=3200000)))
    write("application/amount-overflow.json", variant(
        app, lambda a: a["contracts"][0].update(amount="9" * 40 + ".00")))
    write("application/amount-negative.json", variant(
        app, lambda a: a["contracts"][0].update(amount="-3200000.00")))
    write("application/amount-sub-fen.json", variant(
        app, lambda a: a["contracts"][0].update(amount="3200000.001")))
    write("application/gpu-count-overflow.json", variant(
        app, lambda a: a["contracts"][0].update(gpu_count=1e30)))
    write("application/gpu-count-fraction.json", variant(
        app, lambda a: a["contracts"][0].update(gpu_count=6.5)))
    write("application/gpu-hours-huge.json",
          dump(app).replace('"gpu_hours": null', '"gpu_hours": 1e999999'))
    write("application/missing-applicant.json", variant(app, lambda a: a.pop("applicant")))
    write("application/missing-contracts.json", variant(app, lambda a: a.pop("contracts")))
    write("application/applicant-is-a-string.json", variant(
        app, lambda a: a.update(applicant="深圳星河智算科技有限公司")))
    write("application/contract-is-a-number.json", variant(
        app, lambda a: a.update(contracts=[7])))
    write("application/impossible-date.json", variant(
        app, lambda a: a.update(application_date="2025-02-30")))
    write("application/unknown-entity-type.json", variant(
        app, lambda a: a["applicant"].update(entity_type="pirate")))
    write("application/unknown-field.json", variant(
        app, lambda a: a["applicant"].update(shoe_size=42)))
    write("application/unknown-program.json", variant(
        app, lambda a: a.update(program="atlantis-2099")))
    write("application/wrong-schema.json", variant(
        app, lambda a: a.update(schema="coupondesk.application/999")))
    # A regular expression's "$" also matches before a final line break: these once passed.
    write("application/date-with-line-break.json", variant(
        app, lambda a: a.update(application_date="2025-04-01\n")))
    write("application/amount-with-line-break.json", variant(
        app, lambda a: a["contracts"][0].update(amount="3200000.00\n")))
    write("application/period-reversed.json", variant(
        app, lambda a: a["contracts"][0].update(period_end="2025-01-01")))
    many = json.loads(json.dumps(app))
    many["contracts"] = many["contracts"] * 500
    write("application/500-contracts.json", json.dumps(many, ensure_ascii=False))


# ---------------------------------------------------------------------------------------------
# Packages


def zip_bytes(entries, compression=zipfile.ZIP_DEFLATED):
    """A ZIP of (name, data) pairs, names taken as they are (even unsafe ones)."""
    path = tempfile.mktemp(suffix=".zip")
    try:
        with zipfile.ZipFile(path, "w", compression) as z:
            for name, data in entries:
                info = zipfile.ZipInfo(name, FIXED_TIME)
                info.compress_type = compression
                info.external_attr = 0o644 << 16
                z.writestr(info, data)
        with open(path, "rb") as f:
            return f.read()
    finally:
        if os.path.exists(path):
            os.remove(path)


def read_entries(data):
    path = tempfile.mktemp(suffix=".zip")
    try:
        with open(path, "wb") as f:
            f.write(data)
        with zipfile.ZipFile(path) as z:
            return [(info.filename, z.read(info.filename)) for info in z.infolist()]
    finally:
        os.remove(path)


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def remanifest(entries):
    """Recomputes MANIFEST.sha256 and manifest.json's hashes and sizes for changed entries."""
    data = dict(entries)
    manifest = json.loads(data["manifest.json"])
    for item in manifest["files"]:
        if item["path"] in data:
            item["sha256"] = sha256(data[item["path"]])
            item["size"] = len(data[item["path"]])
    lines = "".join("%s  %s\n" % (item["sha256"], item["path"]) for item in manifest["files"])
    # The package id: SHA-256 of the manifest lines of every file but the form.
    manifest["package_id"] = sha256("".join(
        "%s  %s\n" % (item["sha256"], item["path"]) for item in manifest["files"]
        if item["path"] != "application.pdf").encode())
    result = []
    for name, content in entries:
        if name == "manifest.json":
            content = (json.dumps(manifest, indent=4, sort_keys=True) + "\n").encode()
        elif name == "MANIFEST.sha256":
            content = lines.encode()
        result.append((name, content))
    return result


def patch_local_sizes(data, name, declared):
    """Makes the central directory and local header of `name` declare `declared` bytes."""
    raw = bytearray(data)
    encoded = name.encode()
    # Central directory entries: PK\1\2, uncompressed size at offset 24, name at 46.
    at = 0
    while True:
        at = raw.find(b"PK\x01\x02", at)
        if at < 0:
            break
        name_length = struct.unpack_from("<H", raw, at + 28)[0]
        if bytes(raw[at + 46: at + 46 + name_length]) == encoded:
            struct.pack_into("<I", raw, at + 24, declared)
            local = struct.unpack_from("<I", raw, at + 42)[0]
            struct.pack_into("<I", raw, local + 22, declared)
        at += 4
    return bytes(raw)


def make_packages(cli):
    write("package/not-a-zip.zip", "This is a text file with a .zip name.\n")
    write("package/empty.zip", b"")
    write("package/empty-archive.zip", b"PK\x05\x06" + b"\x00" * 18)
    write("package/pdf-renamed.zip", pdf(one_page()))
    write("package/zip-slip.zip", zip_bytes([("data.json", b"{}"),
                                             ("../../../../tmp/coupondesk-evil", b"owned")]))
    write("package/absolute-path.zip", zip_bytes([("data.json", b"{}"),
                                                  ("/etc/cron.d/coupondesk", b"* * * * * x")]))
    write("package/backslash-slip.zip", zip_bytes([("data.json", b"{}"),
                                                   ("..\\..\\evil.txt", b"owned")]))
    write("package/control-character-name.zip", zip_bytes([("data\x1b[31m.json", b"{}")]))
    write("package/duplicate-names.zip", zip_bytes([("data.json", b"{}"), ("data.json", b"[]")]))
    # 20 MB of zeros in one entry: about 20 KB compressed, a ratio of 1000:1.
    write("package/zip-bomb.zip", zip_bytes([("contracts/bomb.pdf", b"\x00" * (20 * 1024 * 1024))]))
    # The directory claims 3.9 GB for a 2-byte entry.
    write("package/huge-declared-size.zip",
          patch_local_sizes(zip_bytes([("data.json", b"{}")], zipfile.ZIP_STORED), "data.json",
                            0xF0000000))
    # The directory claims 10 bytes; the data inflates to 200 KB.
    write("package/lying-size.zip",
          patch_local_sizes(zip_bytes([("data.json", b" " * 200000)]), "data.json", 10))
    write("package/many-entries.zip", zip_bytes([("f%04d.txt" % i, b"x") for i in range(1500)],
                                                zipfile.ZIP_STORED))
    write("package/nested-zip.zip", zip_bytes([("inner.zip", zip_bytes([("a", b"b")]))]))
    if not cli:
        print("no --cli: the package cases built from a real package were not regenerated")
        return
    work = tempfile.mkdtemp()
    try:
        app = os.path.join(SAMPLES, "applications", "01-enterprise-basic.json")
        base = os.path.join(work, "base.zip")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", LANGUAGE="en")
        subprocess.run([cli, "export", app, "--out", base, "--lang", "en"], check=True, env=env)
        with open(base, "rb") as f:
            exported = f.read()
        # The exporter stores its PNG chart uncompressed (megabytes) and embeds fonts in the
        # form: deflating every entry and putting a one-page PDF in place of the form (which the
        # package id leaves out) keeps the corpus small and the package valid.
        entries = remanifest([(n, pdf(one_page()) if n == "application.pdf" else c)
                              for n, c in read_entries(exported)])
        package = zip_bytes(entries)
        write("package/control-valid.zip", package)
        data = dict(entries)
        write("package/truncated.zip", package[: len(package) // 2])

        # The real entries, encrypted with the traditional PKWARE cipher by Info-ZIP's zip.
        folder = os.path.join(work, "entries")
        for name, content in entries:
            path = os.path.join(folder, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(content)
            os.utime(path, (1735689600, 1735689600))
        encrypted = os.path.join(work, "encrypted.zip")
        subprocess.run(["zip", "-q", "-X", "-D", "-P", "correct horse", encrypted] +
                       [name for name, _ in entries], cwd=folder, check=True)
        with open(encrypted, "rb") as f:
            write("package/encrypted.zip", f.read())

        # data.json changed after export; the manifests still list the old hash.
        application = json.loads(data["data.json"])
        application["contracts"][0]["amount"] = "32000000.00"
        tampered = [(n, json.dumps(application, indent=4).encode() if n == "data.json" else c)
                    for n, c in entries]
        write("package/tampered-data.zip", zip_bytes(tampered))
        # The same change with the manifests brought up to date: the recomputed subsidy differs
        # from the one stored in data.json.
        application = json.loads(data["data.json"])
        application["estimate"]["subsidy"] = "9999999.00"
        changed = [(n, json.dumps(application, indent=4).encode() if n == "data.json" else c)
                   for n, c in entries]
        write("package/subsidy-changed.zip", zip_bytes(remanifest(changed)))
        write("package/manifest-missing.zip",
              zip_bytes([(n, c) for n, c in entries if n != "MANIFEST.sha256"]))
        write("package/extra-entry.zip", zip_bytes(entries + [("contracts/smuggled.pdf",
                                                                pdf(one_page()))]))
        write("package/data-not-json.zip", zip_bytes(remanifest(
            [(n, b"not json" if n == "data.json" else c) for n, c in entries])))
        # One byte of the stored data.json flipped: the CRC no longer fits.
        mixed = zip_bytes([(n, c) for n, c in entries if n == "data.json"], zipfile.ZIP_STORED)
        at = mixed.index(b'"schema"') + 3
        flipped = mixed[:at] + bytes([mixed[at] ^ 0x20]) + mixed[at + 1:]
        write("package/crc-mismatch.zip", flipped)
    finally:
        shutil.rmtree(work)


README_HEAD = """# Hostile-input corpus

Files that are wrong in the ways real uploads, spreadsheet exports and tampered packages are
wrong. `tests/reliability/tst_hostile_inputs.cpp` runs each through the `coupondesk-cli` command
that reads it (`--json`) and checks: the exit code and error code below (INTERFACES.md), a
finish within 10 s, no crash, one JSON document on stdout, and that a draft saved beforehand is
unchanged afterwards (`drafts list` / `drafts show`).

- `manifest.tsv` is the list the test reads; this table is made from it by `generate.py`.
- `generate.py` writes every file (see its header); run it again after changing it:
  `tests/data/hostile/generate.py --cli build/ci/bin/coupondesk-cli`. The package cases start
  from a package the CLI exports, with the form replaced by a one-page PDF (the package id leaves
  the form out) so they stay small. Every run writes the same bytes, except
  `package/encrypted.zip`: zip salts the cipher of each entry at random.
- Copied, not generated: `pdf/encrypted.pdf` (../shared/samples/contracts/A08), and `pdf/qpdf-*`
  and `pdf/stalls-the-parser.pdf` (qpdf's test and OSS-Fuzz files in
  ../shared/samples/hostile-pdfs, Apache License 2.0).
- `sparse:NAME:BYTES` rows are files the test makes itself (sparse, so they cost no disk) to
  pass a size limit without committing megabytes.

Commands: `extract` = `extract FILE --no-ocr --json`; `extract-wrong-password` adds
`--password`; `batch` = `batch FILE --out DIR --summary-only --jobs 1 --json`; `check`,
`estimate` = `check|estimate FILE --json`; `import` = `drafts import FILE --json`;
`validate` = `programs --validate FILE --json`; `rules` = `estimate SAMPLE --rules FILE --json`;
`verify` = `verify FILE --json`; `verify-wrong-password` adds `--password`.
For exit code 5 the code is one of `errors.csv`; for 6 one of the verification findings.

| file | command | exit | code | what is wrong |
| --- | --- | --- | --- | --- |
"""


def write_readme():
    lines = [README_HEAD]
    with open(os.path.join(HERE, "manifest.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            name, command, code, error, what = line.rstrip("\n").split("\t")
            what = what.replace("|", "\\|")
            lines.append("| `%s` | %s | %s | %s | %s |\n" % (name, command, code,
                                                           "`%s`" % error if error != "-" else "-",
                                                           what))
    write("README.md", "".join(lines))


def main():
    warnings.simplefilter("ignore")  # zipfile warns about the duplicate names made on purpose
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", help="coupondesk-cli, for the package cases")
    args = parser.parse_args()
    make_pdfs()
    make_csvs()
    make_json_files()
    make_packages(os.path.abspath(args.cli) if args.cli else None)
    write_readme()
    return 0


if __name__ == "__main__":
    sys.exit(main())
