#include "ChartWidget.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QStackedLayout>

namespace cd {

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // updates must never wait on animations
    m_view = new QChartView(chart, this);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
    m_stack->setCurrentWidget(m_message);
}

QChart *ChartWidget::chart() const
{
    return m_view->chart();
}

bool ChartWidget::isShowingChart() const
{
    return m_stack->currentWidget() == m_view;
}

QString ChartWidget::message() const
{
    return isShowingChart() ? QString() : m_message->text();
}

void ChartWidget::showChart()
{
    m_stack->setCurrentWidget(m_view);
}

void ChartWidget::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
    m_stack->setCurrentWidget(m_message);
}

} // namespace cd
