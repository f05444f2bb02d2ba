// The text of a contract as the field extractor sees it: per page, words with their boxes in
// PDF points (origin top-left), whether they came from the PDF's text layer or from OCR.
// PdfTextReader (Poppler) and the OCR engine (Tesseract) both fill this same structure, so
// everything downstream is the same for text and scanned PDFs.
#pragma once

#include <QList>
#include <QMap>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace cd {

struct TextWord
{
    QString text; // normalised (see TextNormalizer)
    QRectF rect;  // PDF points, origin top-left of the page
};

struct PageText
{
    int pageNumber = 0; // 1-based
    QSizeF size;        // page size in PDF points
    QList<TextWord> words;
    QString text; // the page's normalised text in reading order, lines separated by '\n'
    bool fromOcr = false;
};

struct ContractText
{
    int pageCount = 0;
    bool textLayer = false; // at least one page had a usable text layer
    bool ocr = false;       // at least one page was recognised by OCR
    QList<PageText> pages;
    QMap<QString, QString> metadata; // Title, Author, Producer, ... as the PDF states them
};

} // namespace cd
