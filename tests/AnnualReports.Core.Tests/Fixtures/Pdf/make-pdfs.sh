#!/usr/bin/env bash
# Regenerates the committed PDF fixtures, once, by hand (CI only reads the committed PDFs and never needs LibreOffice):
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui   (Debian 12: LibreOffice 7.4)
#   tests/AnnualReports.Core.Tests/Fixtures/Pdf/make-pdfs.sh
# 1. WriteDocx.cs writes the tests' own reports as .docx (TestKit's DocxWriter, all borders, page-number footer);
# 2. LibreOffice prints each to PDF headless. Tables are long and columns narrow, so the PDFs have what real ones have:
#    tables broken across pages with "- N -" lines between, labels wrapped one or two characters per line, headers
#    over three lines, group labels set vertically and rows cut by a page break.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$here" && dotnet run WriteDocx.cs -- "$work")
soffice --headless --norestore "-env:UserInstallation=file://$work/profile" --convert-to pdf --outdir "$work" "$work"/*.docx
cp "$work"/*.pdf "$here/"
ls -l "$here"/*.pdf
