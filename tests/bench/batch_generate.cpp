// batch_generate SAMPLE.csv OUT.csv COUNT: writes COUNT applicants made from the sample's valid
// rows, with unique ids and unique, valid credit codes (for tests/bench/batch_bench.sh).
#include "ApplicantGenerator.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool ok = false;
    const qint64 count = arguments.value(3).toLongLong(&ok);
    if (arguments.size() != 4 || !ok || count < 0) {
        QTextStream(stderr) << "usage: batch_generate SAMPLE.csv OUT.csv COUNT\n";
        return 2;
    }
    return cd::testing::writeGeneratedCsv(arguments.at(1), arguments.at(2), count) ? 0 : 1;
}
