// coupondesk: the desktop application. Console-only options are answered before a
// QApplication exists, so `coupondesk --version` works without a display.
#include "MainWindow.h"

#include "core/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

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
    cd::Translations::install(cd::Translations::languageFor(QLocale::system()));
    // A Latin font first keeps digits extractable in PDFs and readable next to Chinese text.
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);

    cd::MainWindow window;
    window.show();
    return app.exec();
}
