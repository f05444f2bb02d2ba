// What the GUI tests share: a probe that measures how long the event loop stood still, and the
// languages and folder of the screenshots they write.
#pragma once

#include "ApplicationWizard.h"
#include "MainWindow.h"

#include "domain/Application.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QString>
#include <QTimer>
#include <QtTest>

#include <algorithm>

namespace cd::test {

// The longest the event loop may stand still (issue: no stall over 100 ms). Builds with
// AddressSanitizer (the asan preset, run in CI) run our code two to three times slower.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr qint64 kMaxStallMs = 300;
#else
inline constexpr qint64 kMaxStallMs = 100;
#endif

// Ticks every few milliseconds while started; the longest gap between two ticks is the longest
// time the event loop stood still. On a loaded machine part of a gap is only waiting for a CPU
// (other processes ran): longestBlockedMs() leaves that out, using the kernel's count of the GUI
// thread's run-queue waits (/proc/thread-self/schedstat), so it measures what this process did.
class EventLoopProbe
{
public:
    explicit EventLoopProbe(int intervalMs = 5)
    {
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            const qint64 waited = runQueueWaitMs();
            m_longest = std::max(m_longest, now - m_last);
            m_longestBlocked = std::max(m_longestBlocked, now - m_last - (waited - m_waited));
            m_last = now;
            m_waited = waited;
            ++m_ticks;
        });
    }
    void start()
    {
        m_last = 0;
        m_longest = 0;
        m_longestBlocked = 0;
        m_ticks = 0;
        m_waited = runQueueWaitMs();
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 longestGapMs() const { return m_longest; }
    qint64 longestBlockedMs() const { return m_longestBlocked; }
    int ticks() const { return m_ticks; }

private:
    // Time the calling thread spent ready to run but waiting for a CPU; 0 where unknown.
    static qint64 runQueueWaitMs()
    {
        QFile file(QStringLiteral("/proc/thread-self/schedstat"));
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        const QList<QByteArray> fields = file.readAll().split(' ');
        return fields.size() >= 2 ? fields.at(1).trimmed().toLongLong() / 1000000 : 0;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_longestBlocked = 0;
    qint64 m_waited = 0;
    int m_ticks = 0;
};

// A named child widget (objectNames are the GUI tests' API); the test stops when it is missing.
template <typename T> T *child(QObject *parent, const char *name)
{
    T *object = parent->findChild<T *>(QString::fromLatin1(name));
    if (!object)
        qFatal("%s not found", name);
    return object;
}

// Types `text` over the field's content and leaves it with Tab, as a user would.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text); // what an input method commits; QTest only types ASCII
    QTest::keyClick(edit, Qt::Key_Tab);
}

// The font families pinned as in the application (Latin first, then Chinese), so screenshots
// and text measurements do not depend on what else is installed.
inline void pinFonts()
{
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);
}

// A new application of `window` (stored as a draft), taken to the contracts page: the applicant's
// name and city typed on the first page, then Next twice. nullptr if it did not get there.
inline ApplicationWizard *newApplicationOnContractsPage(MainWindow &window, const QString &name)
{
    ApplicationWizard *wizard = window.newApplication();
    if (!QTest::qWaitFor([&] { return QApplication::activeWindow() == wizard; }))
        return nullptr;
    typeInto(wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
    typeInto(wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("cityEdit")),
             QStringLiteral("Shenzhen"));
    wizard->next();
    wizard->next();
    return wizard->currentId() == ApplicationWizard::ContractsPage ? wizard : nullptr;
}

// A draft whose first two steps let the wizard go straight to the contracts page.
inline Application contractsPageDraft()
{
    Application app;
    app.program = QStringLiteral("shenzhen-training-2024");
    app.applicationDate = QDate(2025, 4, 1);
    app.applicant.name = QStringLiteral("深圳市雾松灵犀智能科技有限公司");
    return app;
}

// Selections and hits read across line breaks and word gaps: compare without white space.
inline QString compact(QString text)
{
    text.remove(QLatin1Char(' '));
    text.remove(QLatin1Char('\n'));
    return text;
}

// The rows of a screenshots_data(): one per language of the README's pictures.
inline void screenshotLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

// build/ci/tests/ui/screenshots, created when missing.
inline QString screenshotDir()
{
    const QString dir = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

} // namespace cd::test
