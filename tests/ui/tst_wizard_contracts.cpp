// The contracts page with real PDFs: a sample contract analysed in the background fills the
// form; an encrypted one asks for its password; a broken one shows the banner and loses
// nothing; the event loop stays responsive while a 60- and a 200-page contract are analysed.
#include "ApplicationWizard.h"
#include "ApplicationWizardContractsPage.h"
#include "Dialogs.h"
#include "GuiTestSupport.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace cd;

namespace {
QString contract(const char *name)
{
    return QStringLiteral(COUPONDESK_SAMPLES_DIR "/contracts/") + QString::fromUtf8(name);
}

} // namespace

class TestWizardContracts : public QObject
{
    Q_OBJECT

    std::unique_ptr<ApplicationWizard> m_wizard;

    ApplicationWizardContractsPage *contractsPage()
    {
        m_wizard = std::make_unique<ApplicationWizard>(test::contractsPageDraft());
        m_wizard->show();
        m_wizard->goToStep(ApplicationWizard::ContractsPage);
        if (m_wizard->currentId() != ApplicationWizard::ContractsPage)
            qFatal("contracts page not reached");
        return qobject_cast<ApplicationWizardContractsPage *>(m_wizard->currentPage());
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { m_wizard.reset(); }

    void pdfFillsTheForm()
    {
        ApplicationWizardContractsPage *page = contractsPage();
        QSignalSpy done(page, &ApplicationWizardContractsPage::analysisFinished);
        Dialogs::setNextOpenPdfFilesAnswer({contract("A01_zh_service_contract_h800.pdf")});
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addPdfButton")),
                          Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QCOMPARE(m_wizard->application().contracts.size(), 1);
        const ContractEntry &c = m_wizard->application().contracts.first();
        QCOMPARE(c.amount->toDecimalString(), QStringLiteral("6336000.00"));
        QCOMPARE(c.provider, QStringLiteral("深圳市星枢算力网络有限公司"));
        QCOMPARE(c.signingDate, QDate(2024, 3, 18));
        QCOMPARE(c.gpuModel, QStringLiteral("NVIDIA H800"));
        QCOMPARE(c.gpuCount, 64);
        QCOMPARE(c.sha256.size(), 64);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("analysisStatus"))
                    ->text()
                    .contains(QStringLiteral("check")));
    }

    void encryptedPdfAsksForThePassword()
    {
        ApplicationWizardContractsPage *page = contractsPage();
        QSignalSpy done(page, &ApplicationWizardContractsPage::analysisFinished);
        Dialogs::setNextPasswordAnswer(QStringLiteral("Moyan#2024"));
        page->addPdfFiles({contract("A08_zh_encrypted.pdf")});
        QVERIFY(done.wait(60000));
        QCOMPARE(m_wizard->application().contracts.size(), 1);
        QCOMPARE(m_wizard->application().contracts.first().amount->toDecimalString(),
                 QStringLiteral("1632000.00"));
    }

    void cancelledPasswordAddsNothing()
    {
        ApplicationWizardContractsPage *page = contractsPage();
        QSignalSpy done(page, &ApplicationWizardContractsPage::analysisFinished);
        Dialogs::setNextPasswordAnswer(std::nullopt);
        page->addPdfFiles({contract("A08_zh_encrypted.pdf")});
        QVERIFY(done.wait(60000));
        QCOMPARE(m_wizard->application().contracts.size(), 0);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("contractsBanner"))->isVisible());
    }

    void brokenPdfShowsBannerAndLosesNothing()
    {
        ApplicationWizardContractsPage *page = contractsPage();
        QSignalSpy done(page, &ApplicationWizardContractsPage::analysisFinished);
        page->addPdfFiles({contract("A01_zh_service_contract_h800.pdf")});
        QVERIFY(done.wait(60000));
        page->addPdfFiles({contract("A10_zh_truncated.pdf")});
        QVERIFY(done.wait(60000));
        QCOMPARE(m_wizard->application().contracts.size(), 1);
        QCOMPARE(m_wizard->application().contracts.first().amount->toDecimalString(),
                 QStringLiteral("6336000.00"));
        QLabel *banner = page->findChild<QLabel *>(QStringLiteral("contractsBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("A10_zh_truncated.pdf")));
    }

    void eventLoopStaysResponsive_data()
    {
        QTest::addColumn<int>("pages");
        QTest::addColumn<QString>("amount"); // empty: not checked
        QTest::newRow("60 pages") << 60 << QStringLiteral("25789440.00");
        QTest::newRow("200 pages") << 200 << QString();
    }
    void eventLoopStaysResponsive()
    {
        QFETCH(int, pages);
        QFETCH(QString, amount);
        const QString sample = contract("A07_zh_long_sla_appendix_60p.pdf");
        QString file = sample;
        QTemporaryDir dir;
        if (pages == 200) {
            // Three copies of the 60-page sample and its first 20 pages, as in
            // tests/bench/bench_extract.sh (poppler-utils).
            file = dir.filePath(QStringLiteral("contract-200.pdf"));
            QStringList parts{sample, sample, sample};
            QCOMPARE(QProcess::execute(QStringLiteral("pdfseparate"),
                                       {QStringLiteral("-f"), QStringLiteral("1"),
                                        QStringLiteral("-l"), QStringLiteral("20"), sample,
                                        dir.filePath(QStringLiteral("part-%d.pdf"))}),
                     0);
            for (int i = 1; i <= 20; ++i)
                parts << dir.filePath(QStringLiteral("part-%1.pdf").arg(i));
            QCOMPARE(QProcess::execute(QStringLiteral("pdfunite"), parts << file), 0);
        }
        ApplicationWizardContractsPage *page = contractsPage();
        QSignalSpy done(page, &ApplicationWizardContractsPage::analysisFinished);
        test::EventLoopProbe probe(10);
        probe.start();
        page->addPdfFiles({file});
        QVERIFY(done.wait(240000));
        probe.stop();
        QCOMPARE(m_wizard->application().contracts.size(), 1);
        QVERIFY(m_wizard->application().contracts.first().amount.has_value());
        if (!amount.isEmpty())
            QCOMPARE(m_wizard->application().contracts.first().amount->toDecimalString(), amount);
        const qint64 longest = probe.longestBlockedMs();
        qInfo("%d pages: longest stall %lld ms", pages, longest);
        QVERIFY2(longest < test::kMaxStallMs,
                 qPrintable(QStringLiteral("longest stall %1 ms").arg(longest)));
    }
};

QTEST_MAIN(TestWizardContracts)
#include "tst_wizard_contracts.moc"
