#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz/corpus/<target>/ from ../shared/samples, the rule
packs in resources/programs and the hostile-input corpus (tests/data/hostile). Small files
only: libFuzzer's default maximum input length is that of the largest seed.

    tests/fuzz/make-corpus.py          (needs pdftotext for the contract text seeds)
"""

import glob
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SAMPLES = os.path.normpath(os.path.join(ROOT, "..", "shared", "samples"))
HOSTILE = os.path.join(ROOT, "tests", "data", "hostile")


def out(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def copy(target, path, limit=64 * 1024):
    if os.path.getsize(path) <= limit:
        with open(path, "rb") as f:
            out(target, os.path.basename(path), f.read())


def contract_text(name, first, last):
    return subprocess.run(["pdftotext", "-f", str(first), "-l", str(last), "-enc", "UTF-8",
                           os.path.join(SAMPLES, "contracts", name), "-"],
                          check=True, capture_output=True).stdout


def main():
    shutil.rmtree(os.path.join(HERE, "corpus"), ignore_errors=True)
    with open(os.path.join(SAMPLES, "contracts", "truth.json"), encoding="utf-8") as f:
        truth = json.load(f)

    # Amounts and dates as contracts write them, and running text around them.
    amounts = [c["amount_text"] for c in truth if c.get("amount_text")]
    amounts += ["叁佰贰拾万元整", "¥2,981,400.00", "1.250.000,00 €", "RMB 4.8 million",
                "259.2万元", "USD 1,000", "人民币：伍拾万零捌佰元伍角陆分", "-5.00 EUR",
                "4,8 Mio. EUR", "二〇二四", "72\n0,000.00元", "1 000 000,00 €", "2,75"]
    for i, text in enumerate(amounts):
        out("amount_parser", "amount-%02d.txt" % i, text)
    dates = ["2025年3月1日", "二〇二四年十二月十六日", "2025-03-01", "2025/3/1", "29.08.2024",
             "1. März 2025", "March 1, 2025", "20 January 2025", "2025-02-30", "June 12 2024",
             "签订日期：2024年5月20日，服务期自2024年6月1日起至2025年2月28日止"]
    for c in truth:
        dates += [c[k] for k in ("signing_date", "period_start", "period_end") if c.get(k)]
    for i, text in enumerate(dict.fromkeys(dates)):
        out("date_parser", "date-%02d.txt" % i, text)
    for name in ("A01_zh_service_contract_h800.pdf", "A03_en_gpu_services_agreement.pdf",
                 "A04_de_gpu_bereitstellung.pdf", "A02_zh_a800_rental_wan.pdf"):
        text = contract_text(name, 1, 2)
        for part in range(3):
            chunk = text[part * 1500:(part + 1) * 1500]
            chunk = chunk.decode("utf-8", errors="ignore").encode("utf-8")
            if chunk.strip():
                stem = name.split("_")[0]
                out("amount_parser", "%s-text-%d.txt" % (stem, part), chunk)
                out("date_parser", "%s-text-%d.txt" % (stem, part), chunk)

    # CSV: the sample batch (header and a few rows), csv-spectrum, small hostile exports.
    with open(os.path.join(SAMPLES, "batch", "applicants.csv"), "rb") as f:
        lines = f.read().split(b"\n")
    out("csv_reader", "applicants-head.csv", b"\n".join(lines[:6]) + b"\n")
    out("csv_reader", "applicants-bad-rows.csv", b"\n".join([lines[0]] + lines[37:49]) + b"\n")
    for path in sorted(glob.glob(os.path.join(SAMPLES, "csv-spectrum", "csvs", "*.csv"))):
        copy("csv_reader", path)
    for path in sorted(glob.glob(os.path.join(HOSTILE, "csv", "*.csv"))):
        copy("csv_reader", path, 4096)

    # Rule packs and application files.
    for path in sorted(glob.glob(os.path.join(ROOT, "resources", "programs", "*.json"))):
        copy("rulepack_loader", path)
    for path in sorted(glob.glob(os.path.join(HOSTILE, "rulepack", "*.json"))):
        copy("rulepack_loader", path, 16 * 1024)
    for path in sorted(glob.glob(os.path.join(SAMPLES, "applications", "0*.json"))):
        copy("application_json", path)
    for path in sorted(glob.glob(os.path.join(HOSTILE, "application", "*.json"))):
        copy("application_json", path, 16 * 1024)

    # Packages: the hostile ones that are small, and a complete valid package made small by
    # putting a 1x1 PNG and a tiny SVG in place of the charts (manifests and id recomputed).
    for path in sorted(glob.glob(os.path.join(HOSTILE, "package", "*.zip"))):
        copy("package_verifier", path, 8 * 1024)
    out("package_verifier", "valid-small.zip", small_package())


def small_package():
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c63f8ffff3f0005fe02fea7d605a70000"
                        "000049454e44ae426082")
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n'
    with zipfile.ZipFile(os.path.join(HOSTILE, "package", "control-valid.zip")) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    data = dict(entries)
    data["charts/costs.png"] = png
    data["charts/costs.svg"] = svg
    manifest = json.loads(data["manifest.json"])
    for item in manifest["files"]:
        item["sha256"] = hashlib.sha256(data[item["path"]]).hexdigest()
        item["size"] = len(data[item["path"]])
    lines = "".join("%s  %s\n" % (i["sha256"], i["path"]) for i in manifest["files"])
    manifest["package_id"] = hashlib.sha256("".join(
        "%s  %s\n" % (i["sha256"], i["path"]) for i in manifest["files"]
        if i["path"] != "application.pdf").encode()).hexdigest()
    data["MANIFEST.sha256"] = lines.encode()
    data["manifest.json"] = (json.dumps(manifest, indent=4, sort_keys=True) + "\n").encode()
    path = tempfile.mktemp(suffix=".zip")
    try:
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, _ in entries:
                info = zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, data[name])
        with open(path, "rb") as f:
            return f.read()
    finally:
        os.remove(path)


if __name__ == "__main__":
    main()
