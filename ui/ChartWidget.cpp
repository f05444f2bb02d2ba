#include "ChartWidget.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace cd {

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // updates must never wait on animations
    // The page has little room: the plot gets what QChart's default margins and rounded card
    // would take.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(chart, this);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("chartLegend"));
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setVisible(false);
    auto *chartPage = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(2);
    chartLayout->addWidget(m_view, 1);
    chartLayout->addWidget(m_legend);
    m_stack->addWidget(chartPage);
    m_stack->addWidget(m_message);
    m_stack->setCurrentWidget(m_message);
    applyTheme();
}

bool ChartWidget::darkPalette() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

// QtCharts draws a white card whatever the palette; in a dark desktop it follows with its dark
// theme. setTheme() resets fonts, margins and series colours, so those are set again after it.
void ChartWidget::applyTheme()
{
    QChart *c = chart();
    const QChart::ChartTheme theme =
        darkPalette() ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (c->theme() != theme || !m_themeApplied) {
        m_themeApplied = true;
        c->setTheme(theme);
        c->setMargins(QMargins(4, 4, 4, 4));
        c->setBackgroundRoundness(0);
        themeChanged();
    }
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

QChart *ChartWidget::chart() const
{
    return m_view->chart();
}

bool ChartWidget::isShowingChart() const
{
    return m_stack->currentWidget() != m_message;
}

QString ChartWidget::message() const
{
    return isShowingChart() ? QString() : m_message->text();
}

QString ChartWidget::legendText() const
{
    return m_legend->text();
}

void ChartWidget::setLegendText(const QString &html)
{
    m_legend->setText(html);
    m_legend->setVisible(!html.isEmpty());
}

void ChartWidget::showChart()
{
    m_stack->setCurrentIndex(0);
}

void ChartWidget::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
    m_stack->setCurrentWidget(m_message);
}

} // namespace cd
