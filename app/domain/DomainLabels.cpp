#include "domain/DomainLabels.h"

#include <QCoreApplication>

namespace cd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cd::DomainLabels)
};
} // namespace

QStringList entityTypeIds()
{
    return {QStringLiteral("enterprise"), QStringLiteral("startup"), QStringLiteral("university"),
            QStringLiteral("research_institute")};
}

QStringList computeUseIds()
{
    return {QStringLiteral("training"), QStringLiteral("training_and_inference"),
            QStringLiteral("inference"), QStringLiteral("model_purchase"),
            QStringLiteral("corpus_purchase")};
}

QString entityTypeLabel(const QString &id)
{
    if (id == QLatin1String("enterprise"))
        return Tr::tr("Enterprise");
    if (id == QLatin1String("startup"))
        return Tr::tr("Start-up");
    if (id == QLatin1String("university"))
        return Tr::tr("University");
    if (id == QLatin1String("research_institute"))
        return Tr::tr("Research institute");
    return id;
}

QString computeUseLabel(const QString &id)
{
    if (id == QLatin1String("training"))
        return Tr::tr("Training");
    if (id == QLatin1String("training_and_inference"))
        return Tr::tr("Training and inference");
    if (id == QLatin1String("inference"))
        return Tr::tr("Inference only");
    if (id == QLatin1String("model_purchase"))
        return Tr::tr("Model purchase");
    if (id == QLatin1String("corpus_purchase"))
        return Tr::tr("Corpus purchase");
    return id;
}

QString sectorLabel(const QString &id)
{
    if (id == QLatin1String("software_it"))
        //: Sector of the economy (软件和信息服务业)
        return Tr::tr("Software and information services");
    if (id == QLatin1String("manufacturing"))
        return Tr::tr("Manufacturing");
    return id;
}

QString labelList(const QStringList &ids, QString (*label)(const QString &))
{
    QStringList labels;
    for (const QString &id : ids)
        labels << label(id);
    //: Separator of a list of choices ("A, B, C"); Chinese uses 、
    return labels.join(Tr::tr(", "));
}

} // namespace cd
