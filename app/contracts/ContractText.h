// The text of a contract as the field extractor sees it: per page, words with their boxes in
// PDF points (origin top-left), whether they came from the PDF's text layer or from OCR.
// PdfTextReader (Poppler) and the OCR engine (Tesseract) both fill this same structure, so
// everything downstream is the same for text and scanned PDFs.
//
// Text is stored RAW, exactly as Poppler or Tesseract return it (it may contain CJK radicals
// such as U+2F08 for 人, full-width digits, spaces inside numbers). Normalising is the field
// extractor's job (TextNormalizer), done once on the text it parses: the reader runs in a
// separate worker process that cannot share a normaliser function, and keeping the raw text lets
// the extractor map a match back to the exact words and their boxes.
#pragma once

#include <QList>
#include <QMap>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace cd {

struct TextWord
{
    QString text;            // raw (see above)
    QRectF rect;             // PDF points, origin top-left of the page
    double confidence = 1.0; // 0..1; 1.0 for the text layer, Tesseract's word confidence for OCR
};

struct PageText
{
    int pageNumber = 0;    // 1-based
    QSizeF size;           // page size in PDF points (as displayed, i.e. after /Rotate)
    QList<TextWord> words; // in reading order
    QString text;          // the page's raw text in reading order, lines separated by '\n'
    bool fromOcr = false;
};

struct ContractText
{
    int pageCount = 0;
    bool textLayer = false;          // at least one page had a usable text layer
    bool ocr = false;                // at least one page was recognised by OCR
    bool encrypted = false;          // the PDF was encrypted (and opened with the password given)
    QList<PageText> pages;           // one per page, in order; pages[i].pageNumber == i + 1
    QMap<QString, QString> metadata; // Title, Author, Producer, ... as the PDF states them
};

} // namespace cd
