// coupondesk: the desktop application. Console-only options are answered before a
// QApplication exists, so `coupondesk --version` works without a display.
#include "MainWindow.h"

#include "core/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

#include <cstring>

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            QTextStream(stdout)
                << QStringLiteral("coupondesk %1").arg(QStringLiteral(COUPONDESK_VERSION))
                << Qt::endl;
            return 0;
        }
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CouponDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CouponDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COUPONDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("coupondesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/coupondesk.svg")));
    cd::Translations::install(cd::Translations::languageFor(QLocale::system()));
    // A Latin font first keeps digits extractable in PDFs and readable next to Chinese text.
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);

    cd::MainWindow window;
    window.show();
    // --quit-after-start: the installed-package test's proof that the GUI starts (plugins, fonts,
    // resources all found): quit with 0 once the event loop runs with the window shown.
    if (QCoreApplication::arguments().contains(QStringLiteral("--quit-after-start")))
        QTimer::singleShot(0, &app, [&window] {
            QCoreApplication::exit(window.isVisible() && !QApplication::windowIcon().isNull() ? 0
                                                                                              : 1);
        });
    return app.exec();
}
