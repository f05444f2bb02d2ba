// PdfTextReader, OcrEngine and ContractTextJson in-process: every sample contract against
// truth.json, the coded errors of bad input, word boxes, OCR of a scanned page and its cancel.
#include "ContractSamples.h"

#include "contracts/ContractTextJson.h"
#include "contracts/ContractTextWire.h"
#include "contracts/OcrEngine.h"
#include "contracts/PdfTextReader.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>

#include <poppler-qt6.h>

#include <thread>

using namespace cd;
using namespace cd::test;

namespace {
QString allText(const ContractText &text)
{
    QString all;
    for (const PageText &page : text.pages)
        all += page.text + QLatin1Char('\n');
    return all;
}

QImage renderPage(const QString &file, int index, double dpi)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(file);
    if (!document)
        return {};
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    std::unique_ptr<Poppler::Page> page = document->page(index);
    return page ? page->renderToImage(dpi, dpi) : QImage();
}
} // namespace

class TestPdfReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write test file");
        file.write(content);
        return file.fileName();
    }

private Q_SLOTS:
    void samples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pages");
        QTest::addColumn<QString>("expect");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("amountText");
        const QJsonArray truth = contractTruth();
        QVERIFY(truth.size() >= 12);
        for (const QJsonValue &value : truth) {
            const QJsonObject entry = value.toObject();
            const QString file = entry.value(QStringLiteral("file")).toString();
            QTest::newRow(qPrintable(file))
                << file << entry.value(QStringLiteral("pages")).toInt(-1)
                << entry.value(QStringLiteral("expect")).toString()
                << entry.value(QStringLiteral("password")).toString()
                << entry.value(QStringLiteral("amount_text")).toString();
        }
    }

    // Every sample opens with its truth's page count and text (OCR off here: see ocr* below),
    // or fails with the code its "expect" names.
    void samples()
    {
        QFETCH(QString, file);
        QFETCH(int, pages);
        QFETCH(QString, expect);
        QFETCH(QString, password);
        QFETCH(QString, amountText);
        ReadOptions options;
        options.ocr = false;
        options.password = password;
        PdfTextReader reader(options);
        const Result<ContractText> result = reader.readFile(contractPath(file));
        if (expect == QLatin1String("corrupt")) {
            QVERIFY(!result);
            QCOMPARE(result.error().code, ErrorCode::CorruptPdf);
            return;
        }
        if (expect == QLatin1String("no_text_layer")) {
            QVERIFY(!result);
            QCOMPARE(result.error().code, ErrorCode::NoTextLayer);
            return;
        }
        QVERIFY2(result, qPrintable(result ? QString() : result.error().describe()));
        const ContractText &text = result.value();
        QCOMPARE(text.pageCount, pages);
        QCOMPARE(text.pages.size(), pages);
        QVERIFY(text.textLayer);
        QVERIFY(!text.ocr);
        QCOMPARE(text.encrypted, expect == QLatin1String("encrypted"));
        QVERIFY(!text.metadata.value(QStringLiteral("Producer")).isEmpty());
        for (int i = 0; i < pages; ++i) {
            const PageText &page = text.pages.at(i);
            QCOMPARE(page.pageNumber, i + 1);
            QVERIFY(!page.fromOcr);
            QVERIFY(page.size.width() > 100 && page.size.height() > 100);
            QVERIFY2(!page.words.isEmpty(), qPrintable(QStringLiteral("page %1").arg(i + 1)));
            QVERIFY(!page.text.trimmed().isEmpty());
            const QRectF bounds = QRectF(QPointF(0, 0), page.size).adjusted(-1, -1, 1, 1);
            for (const TextWord &word : page.words) {
                QVERIFY2(bounds.contains(word.rect),
                         qPrintable(QStringLiteral("page %1: \"%2\" at %3,%4")
                                        .arg(i + 1)
                                        .arg(word.text)
                                        .arg(word.rect.x())
                                        .arg(word.rect.y())));
                QVERIFY(!word.text.isEmpty());
                QCOMPARE(word.confidence, 1.0);
            }
        }
        // The amount as written is in the text (truth.json's promise for every text PDF).
        QVERIFY2(withoutSpaces(allText(text)).contains(withoutSpaces(amountText)),
                 qPrintable(amountText));
    }

    // A01's font is STSong-Light, not embedded: its Chinese only extracts with poppler-data.
    void nonEmbeddedChineseFont()
    {
        PdfTextReader reader;
        const auto result =
            reader.readFile(contractPath(QStringLiteral("A01_zh_service_contract_h800.pdf")));
        QVERIFY(result);
        const QString text = allText(result.value());
        QVERIFY(text.contains(QStringLiteral("深圳市雾松灵犀智能科技有限公司")));
        QVERIFY(text.contains(QStringLiteral("深圳市星枢算力网络有限公司")));
        // Reading order: the title line comes before the parties, the parties before clause 1.
        const PageText &first = result->pages.first();
        QVERIFY(first.text.indexOf(QStringLiteral("甲方")) <
                first.text.indexOf(QStringLiteral("第一条")));
        // The word with the party's name has a plausible box on the first page's upper half.
        bool found = false;
        for (const TextWord &word : first.words) {
            if (word.text.contains(QStringLiteral("雾松灵犀智能"))) {
                found = true;
                QVERIFY(word.rect.y() < first.size.height() / 2);
                QVERIFY(word.rect.width() > word.rect.height());
            }
        }
        QVERIFY(found);
    }

    void password_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("code"); // -1: opens
        QTest::newRow("none") << QString() << int(ErrorCode::PasswordRequired);
        QTest::newRow("wrong") << QStringLiteral("moyan#2024") << int(ErrorCode::WrongPassword);
        QTest::newRow("right") << QStringLiteral("Moyan#2024") << -1;
    }

    void password()
    {
        QFETCH(QString, password);
        QFETCH(int, code);
        ReadOptions options;
        options.password = password;
        PdfTextReader reader(options);
        const auto result = reader.readFile(contractPath(QStringLiteral("A08_zh_encrypted.pdf")));
        if (code >= 0) {
            QVERIFY(!result);
            QCOMPARE(int(result.error().code), code);
            QVERIFY(!result.error().message.isEmpty());
        } else {
            QVERIFY(result);
            QCOMPARE(result->pageCount, 3);
            QVERIFY(result->encrypted);
            QVERIFY(allText(result.value()).contains(QStringLiteral("¥1,632,000.00")));
        }
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::newRow("empty") << QByteArray() << int(ErrorCode::NotAPdf);
        QTest::newRow("text file")
            << QByteArray("hello, this is no PDF\n") << int(ErrorCode::NotAPdf);
        QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                             << int(ErrorCode::NotAPdf);
        QTest::newRow("header only") << QByteArray("%PDF-1.7\n") << int(ErrorCode::CorruptPdf);
        QTest::newRow("garbage after header")
            << QByteArray("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF")
            << int(ErrorCode::CorruptPdf);
    }

    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        PdfTextReader reader;
        const auto fromFile = reader.readFile(writeFile(QStringLiteral("bad.pdf"), content));
        QVERIFY(!fromFile);
        QCOMPARE(int(fromFile.error().code), code);
        const auto fromData = reader.readData(content);
        QVERIFY(!fromData);
        QCOMPARE(int(fromData.error().code), code);
    }

    void missingAndUnreadable()
    {
        PdfTextReader reader;
        auto missing = reader.readFile(m_dir.filePath(QStringLiteral("nothing-here.pdf")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::FileNotFound);
        auto directory = reader.readFile(m_dir.path());
        QVERIFY(!directory);
        QCOMPARE(directory.error().code, ErrorCode::FileUnreadable);
    }

    // A sparse file over the limit is refused from its size alone: no time spent loading it.
    void oversizedRefusedBeforeLoading()
    {
        const QString path = writeFile(QStringLiteral("huge.pdf"), QByteArray("%PDF-1.7\n"));
        QFile file(path);
        QVERIFY(file.resize(PdfInput::kMaxFileBytes + 1));
        QElapsedTimer timer;
        timer.start();
        PdfTextReader reader;
        const auto result = reader.readFile(path);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::FileTooLarge);
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(file.resize(PdfInput::kMaxFileBytes));
        QVERIFY(PdfInput::checkFile(path)); // exactly at the limit: accepted
    }

    void fromBytesEqualsFromFile()
    {
        const QString path = contractPath(QStringLiteral("A03_en_gpu_services_agreement.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        PdfTextReader reader;
        const auto fromData = reader.readData(file.readAll());
        const auto fromFile = reader.readFile(path);
        QVERIFY(fromData && fromFile);
        QCOMPARE(fromData->pageCount, fromFile->pageCount);
        for (int i = 0; i < fromFile->pages.size(); ++i)
            QCOMPARE(fromData->pages.at(i).text, fromFile->pages.at(i).text);
        QVERIFY(allText(fromFile.value()).contains(QStringLiteral("RMB 4.8 million")));
    }

    void progressPerPage()
    {
        PdfTextReader reader;
        QList<int> seen;
        reader.setProgressFunction([&](int page, int pageCount, ReadPhase phase) {
            QCOMPARE(pageCount, 60);
            QCOMPARE(phase, ReadPhase::Text);
            seen.append(page);
        });
        const auto result =
            reader.readFile(contractPath(QStringLiteral("A07_zh_long_sla_appendix_60p.pdf")));
        QVERIFY(result);
        QCOMPARE(seen.size(), 60);
        QCOMPARE(seen.first(), 1);
        QCOMPARE(seen.last(), 60);
    }

    void cancelBetweenPages()
    {
        std::atomic<bool> cancel{false};
        PdfTextReader reader;
        reader.setCancelFlag(&cancel);
        reader.setProgressFunction([&](int page, int, ReadPhase) {
            if (page == 5)
                cancel = true;
        });
        const auto result =
            reader.readFile(contractPath(QStringLiteral("A07_zh_long_sla_appendix_60p.pdf")));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
    }

    void jsonRoundTrip()
    {
        PdfTextReader reader;
        const auto result =
            reader.readFile(contractPath(QStringLiteral("A05_bilingual_line_items.pdf")));
        QVERIFY(result);
        const QByteArray json = ContractTextJson::write(result.value());
        QVERIFY(!json.contains('\n')); // one line of the worker protocol
        const auto back = ContractTextJson::read(json);
        QVERIFY(back);
        QCOMPARE(back->pageCount, result->pageCount);
        QCOMPARE(back->textLayer, result->textLayer);
        QCOMPARE(back->metadata, result->metadata);
        QCOMPARE(back->pages.size(), result->pages.size());
        for (int i = 0; i < result->pages.size(); ++i) {
            const PageText &a = result->pages.at(i);
            const PageText &b = back->pages.at(i);
            QCOMPARE(b.text, a.text);
            QCOMPARE(b.pageNumber, a.pageNumber);
            QCOMPARE(b.words.size(), a.words.size());
            for (int w = 0; w < a.words.size(); ++w) {
                QCOMPARE(b.words.at(w).text, a.words.at(w).text);
                QVERIFY(qAbs(b.words.at(w).rect.x() - a.words.at(w).rect.x()) < 0.01);
                QVERIFY(qAbs(b.words.at(w).rect.bottom() - a.words.at(w).rect.bottom()) < 0.02);
            }
        }
        // The fast writer gives exactly the document Qt's JSON classes would, for any text.
        ContractText odd;
        odd.pageCount = 1;
        odd.ocr = true;
        odd.metadata.insert(QStringLiteral("Title"), QStringLiteral("\"quoted\" \\ back"));
        PageText page;
        page.pageNumber = 1;
        page.size = QSizeF(595.276, 841.89);
        page.fromOcr = true;
        page.text = QStringLiteral("line\nnext\ttab \u0001 ⼈⺠ 人民币 €");
        page.words.append(
            {QStringLiteral("\u0002\"x\"/\\"), QRectF(-0.004, 1.005, 2.5, 1e-9), 0.873});
        page.words.append({QStringLiteral("¥1,632,000.00"), QRectF(10, 20, 30, 40), 1.0});
        odd.pages.append(page);
        const QByteArray oddJson = ContractTextJson::write(odd);
        QCOMPARE(QJsonDocument::fromJson(oddJson).object(), ContractTextJson::toJsonObject(odd));
        const auto oddBack = ContractTextJson::read(oddJson);
        QVERIFY(oddBack);
        QCOMPARE(oddBack->pages.first().text, page.text);
        QCOMPARE(oddBack->pages.first().words.first().text, page.words.first().text);
        QCOMPARE(oddBack->pages.first().words.first().confidence, 0.87);
        QCOMPARE(oddBack->metadata, odd.metadata);

        QVERIFY(!ContractTextJson::read("{\"schema\": \"something else\"}"));
        QVERIFY(!ContractTextJson::read("not json"));
    }

    // The worker's binary hand-over: everything survives, and any damage is an error (never a
    // crash or a huge allocation): a truncation at every length, a lying word count, garbage.
    void wireRoundTrip()
    {
        PdfTextReader reader;
        const auto result =
            reader.readFile(contractPath(QStringLiteral("A05_bilingual_line_items.pdf")));
        QVERIFY(result);
        ContractText text = result.value();
        text.ocr = true;
        text.encrypted = true;
        text.pages.first().fromOcr = true;
        text.pages.first().words.first().confidence = 0.5;
        const QByteArray bytes = ContractTextWire::encode(text);
        const auto back = ContractTextWire::decode(bytes);
        QVERIFY(back);
        QCOMPARE(back->pageCount, text.pageCount);
        QCOMPARE(back->textLayer, text.textLayer);
        QCOMPARE(back->ocr, true);
        QCOMPARE(back->encrypted, true);
        QCOMPARE(back->metadata, text.metadata);
        QCOMPARE(back->pages.size(), text.pages.size());
        for (int i = 0; i < text.pages.size(); ++i) {
            const PageText &a = text.pages.at(i);
            const PageText &b = back->pages.at(i);
            QCOMPARE(b.pageNumber, a.pageNumber);
            QCOMPARE(b.fromOcr, a.fromOcr);
            QCOMPARE(b.text, a.text);
            QVERIFY(qAbs(b.size.width() - a.size.width()) < 0.001);
            QCOMPARE(b.words.size(), a.words.size());
            for (int w = 0; w < a.words.size(); ++w) {
                QCOMPARE(b.words.at(w).text, a.words.at(w).text);
                QVERIFY(qAbs(b.words.at(w).rect.x() - a.words.at(w).rect.x()) < 0.001);
                QVERIFY(qAbs(b.words.at(w).rect.bottom() - a.words.at(w).rect.bottom()) < 0.001);
                QCOMPARE(b.words.at(w).confidence, a.words.at(w).confidence);
            }
        }

        for (qsizetype length = 0; length < bytes.size(); ++length) {
            const auto cut = ContractTextWire::decode(bytes.left(length));
            QVERIFY2(!cut, qPrintable(QStringLiteral("truncated at %1").arg(length)));
            QCOMPARE(cut.error().code, ErrorCode::InvalidJson);
        }
        QVERIFY(!ContractTextWire::decode(bytes + QByteArray(1, '\0')));
        QVERIFY(!ContractTextWire::decode(QByteArray(64, '\xff')));
        // A page that claims four billion words in a few bytes is refused before allocating.
        ContractText one;
        one.pageCount = 1;
        PageText page;
        page.pageNumber = 1;
        page.words.append({QStringLiteral("x"), QRectF(1, 2, 3, 4), 1.0});
        one.pages.append(page);
        QByteArray lying = ContractTextWire::encode(one);
        const quint32 huge = 0xfffffff0u;
        const qsizetype wordCountAt = lying.size() - (4 + 2 + 5 * 4) - 4;
        quint32 wordCount = 0;
        std::memcpy(&wordCount, lying.constData() + wordCountAt, sizeof wordCount);
        QCOMPARE(wordCount, 1u);
        std::memcpy(lying.data() + wordCountAt, &huge, sizeof huge);
        QVERIFY(!ContractTextWire::decode(lying));
        QVERIFY(ContractTextWire::decode(ContractTextWire::encode(one)));
    }

    // Scanned pages go to the recogniser the options name, made once for the first such page;
    // without one (as in the text worker before its hand-over) the read fails, never skips them.
    void recognizerOnlyWhenNeeded()
    {
        int made = 0;
        ReadOptions options;
        options.recognizer = [&made](const QString &languages) {
            ++made;
            return OcrEngine::factory()(languages);
        };
        PdfTextReader textReader(options);
        QVERIFY(textReader.readFile(contractPath(QStringLiteral("A05_bilingual_line_items.pdf"))));
        QCOMPARE(made, 0);

        PdfTextReader scanReader(options);
        const auto scanned =
            scanReader.readFile(contractPath(QStringLiteral("A09_zh_scanned.pdf")));
        QVERIFY(scanned);
        QVERIFY(scanned->ocr);
        QCOMPARE(made, 1);

        options.recognizer = nullptr;
        PdfTextReader without(options);
        const auto refused = without.readFile(contractPath(QStringLiteral("A09_zh_scanned.pdf")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Internal);
    }

    // The scanned sample: page 1 rendered at 300 dpi and recognised with chi_sim+eng.
    void ocrScannedPage()
    {
        const QString file = contractPath(QStringLiteral("A09_zh_scanned.pdf"));
        const QImage image = renderPage(file, 0, 300);
        QVERIFY(!image.isNull());
        OcrEngine engine;
        QVERIFY(engine.initialize());
        const auto page = engine.recognize(image, 300, 1);
        QVERIFY(page);
        QVERIFY(page->fromOcr);
        QCOMPARE(page->pageNumber, 1);
        QVERIFY(qAbs(page->size.width() - 595.3) < 1.0); // A4 in points again
        QVERIFY2(page->text.contains(QStringLiteral("深圳滨海理工大学")), qPrintable(page->text));
        QVERIFY(page->text.contains(QStringLiteral("算力服务合同")));
        QVERIFY(page->words.size() > 100);
        const QRectF bounds = QRectF(QPointF(0, 0), page->size);
        for (const TextWord &word : page->words) {
            QVERIFY(bounds.contains(word.rect));
            QVERIFY(word.confidence >= 0.0 && word.confidence <= 1.0);
        }
    }

    void ocrCancel()
    {
        const QImage image = renderPage(contractPath(QStringLiteral("A09_zh_scanned.pdf")), 1, 300);
        OcrEngine engine;
        QVERIFY(engine.initialize());
        std::atomic<bool> cancel{false};
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        const auto page = engine.recognize(image, 300, 2, &cancel);
        canceller.join();
        QVERIFY(!page);
        QCOMPARE(page.error().code, ErrorCode::Cancelled);
        // The engine is usable again after a cancel.
        QImage white(200, 200, QImage::Format_Grayscale8);
        white.fill(Qt::white);
        const auto blank = engine.recognize(white, 300, 1);
        QVERIFY(blank);
    }

    void ocrMissingLanguage()
    {
        OcrEngine engine(OcrOptions{QStringLiteral("xyz_nonexistent"), QString()});
        QVERIFY(!engine.initialize());
    }
};

QTEST_GUILESS_MAIN(TestPdfReader)
#include "tst_pdf_reader.moc"
