#include "ContractViewer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace cd {

namespace {
constexpr int kThumbnailWidth = 64;

QToolButton *toolButton(QWidget *parent, const char *name)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setAutoRaise(true);
    return button;
}

QAction *shortcut(QWidget *parent, const QList<QKeySequence> &keys, const char *name)
{
    auto *action = new QAction(parent);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    parent->addAction(action);
    return action;
}

// Wide enough for the line edit's placeholder and its clear button.
int placeholderWidth(const QLineEdit *edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
    // QLineEdit keeps 2 px of margin on each side of its text.
    const QSize text(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 4,
                     edit->fontMetrics().height());
    const int clearButton = edit->sizeHint().height(); // square, at the right end
    return edit->style()->sizeFromContents(QStyle::CT_LineEdit, &option, text, edit).width() +
           clearButton;
}
} // namespace

ContractViewer::ContractViewer(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("contractViewer"));
    m_renderer = new PageRenderer(this);
    m_view = new ContractPageView(m_renderer, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    // One row of tools: where am I, zoom, fit, search.
    auto *top = new QHBoxLayout;
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_zoomOut = toolButton(this, "zoomOutButton");
    m_zoomOut->setText(QStringLiteral("−"));
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setMinimumWidth(
        m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("400 %")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_zoomIn = toolButton(this, "zoomInButton");
    m_zoomIn->setText(QStringLiteral("+"));
    m_fitWidth = toolButton(this, "fitWidthButton");
    m_fitWidth->setCheckable(true);
    m_fitPage = toolButton(this, "fitPageButton");
    m_fitPage->setCheckable(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_previousHit = toolButton(this, "previousHitButton");
    m_previousHit->setText(QStringLiteral("▲"));
    m_nextHit = toolButton(this, "nextHitButton");
    m_nextHit->setText(QStringLiteral("▼"));
    m_hitLabel = new QLabel(this);
    m_hitLabel->setObjectName(QStringLiteral("hitLabel"));
    top->addWidget(m_pageLabel);
    top->addWidget(m_zoomOut);
    top->addWidget(m_zoomLabel);
    top->addWidget(m_zoomIn);
    top->addWidget(m_fitWidth);
    top->addWidget(m_fitPage);
    top->addSpacing(8);
    top->addWidget(m_search, 1);
    top->addWidget(m_previousHit);
    top->addWidget(m_nextHit);
    top->addWidget(m_hitLabel);
    layout->addLayout(top);

    auto *fieldRow = new QHBoxLayout;
    m_fieldInfo = new QLabel(this);
    m_fieldInfo->setObjectName(QStringLiteral("fieldInfoLabel"));
    m_fieldInfo->setWordWrap(true);
    m_fieldInfo->setTextFormat(Qt::PlainText);
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("confirmFieldButton"));
    m_useSelection = new QPushButton(this);
    m_useSelection->setObjectName(QStringLiteral("useSelectionButton"));
    fieldRow->addWidget(m_fieldInfo, 1);
    fieldRow->addWidget(m_confirm);
    fieldRow->addWidget(m_useSelection);
    layout->addLayout(fieldRow);

    auto *messageRow = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("viewerMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_password = new QPushButton(this);
    m_password->setObjectName(QStringLiteral("viewerPasswordButton"));
    m_password->setVisible(false);
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_password);
    layout->addLayout(messageRow);

    auto *body = new QHBoxLayout;
    m_thumbnails = new QListWidget(this);
    m_thumbnails->setObjectName(QStringLiteral("thumbnailList"));
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setIconSize(QSize(kThumbnailWidth, kThumbnailWidth * 3 / 2));
    m_thumbnails->setSpacing(4);
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setFixedWidth(kThumbnailWidth + 28);
    m_thumbnails->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    body->addWidget(m_thumbnails);
    body->addWidget(m_view, 1);
    layout->addLayout(body, 1);

    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(0);
    connect(&m_requestTimer, &QTimer::timeout, this, &ContractViewer::updateRequests);

    connect(m_renderer, &PageRenderer::opened, this, &ContractViewer::opened);
    connect(m_renderer, &PageRenderer::openFailed, this, &ContractViewer::openFailed);
    connect(m_renderer, &PageRenderer::pageRendered, this, &ContractViewer::pageRendered);
    connect(m_renderer, &PageRenderer::pageFailed, this, [this](int page) {
        m_view->viewport()->update();
        if (QListWidgetItem *item = m_thumbnails->item(page - 1))
            item->setToolTip(m_renderer->pageError(page) ? m_renderer->pageError(page)->message
                                                         : QString());
    });
    connect(m_view, &ContractPageView::viewChanged, this, &ContractViewer::scheduleRequests);
    connect(m_view, &ContractPageView::zoomChanged, this, [this] {
        m_fitWidth->setChecked(m_view->fit() == ContractPageView::Fit::Width);
        m_fitPage->setChecked(m_view->fit() == ContractPageView::Fit::Page);
        updateZoomLabel();
    });
    connect(m_view, &ContractPageView::currentPageChanged, this, [this](int page) {
        updatePageLabel();
        const QSignalBlocker blocker(m_thumbnails);
        m_thumbnails->setCurrentRow(page - 1);
    });
    connect(m_view, &ContractPageView::fieldClicked, this, [this](const QString &key) {
        updateFieldBar();
        Q_EMIT fieldClicked(key);
    });
    connect(m_view, &ContractPageView::selectionMade, this, &ContractViewer::updateFieldBar);
    connect(m_thumbnails->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ContractViewer::scheduleRequests);
    connect(m_thumbnails, &QListWidget::currentRowChanged, this,
            [this](int row) { m_view->scrollToPage(row + 1); });

    connect(m_zoomIn, &QToolButton::clicked, this,
            [this] { m_view->setZoom(m_view->zoom() * 1.25); });
    connect(m_zoomOut, &QToolButton::clicked, this,
            [this] { m_view->setZoom(m_view->zoom() / 1.25); });
    connect(m_fitWidth, &QToolButton::clicked, this, [this](bool on) {
        m_view->setFit(on ? ContractPageView::Fit::Width : ContractPageView::Fit::None);
        m_fitPage->setChecked(false);
    });
    connect(m_fitPage, &QToolButton::clicked, this, [this](bool on) {
        m_view->setFit(on ? ContractPageView::Fit::Page : ContractPageView::Fit::None);
        m_fitWidth->setChecked(false);
    });
    m_fitWidth->setChecked(true);

    connect(m_search, &QLineEdit::textChanged, this, &ContractViewer::search);
    connect(m_search, &QLineEdit::returnPressed, this, &ContractViewer::nextHit);
    connect(m_nextHit, &QToolButton::clicked, this, &ContractViewer::nextHit);
    connect(m_previousHit, &QToolButton::clicked, this, &ContractViewer::previousHit);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (!currentField().isEmpty())
            Q_EMIT confirmRequested(currentField());
    });
    connect(m_useSelection, &QPushButton::clicked, this, [this] {
        if (!currentField().isEmpty() && !m_view->selection().isEmpty())
            Q_EMIT correctionRequested(currentField(), m_view->selection());
    });
    connect(m_password, &QPushButton::clicked, this, &ContractViewer::passwordRequested);

    connect(shortcut(this, {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                     "zoomInAction"),
            &QAction::triggered, m_zoomIn, &QToolButton::click);
    connect(shortcut(this, {QKeySequence::ZoomOut}, "zoomOutAction"), &QAction::triggered,
            m_zoomOut, &QToolButton::click);
    connect(shortcut(this, {QKeySequence(Qt::CTRL | Qt::Key_0)}, "actualSizeAction"),
            &QAction::triggered, this, [this] { m_view->setZoom(1.0); });
    connect(shortcut(this, {QKeySequence::Find}, "findAction"), &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(shortcut(this, {QKeySequence::FindNext}, "findNextAction"), &QAction::triggered, this,
            &ContractViewer::nextHit);
    connect(shortcut(this, {QKeySequence::FindPrevious}, "findPreviousAction"), &QAction::triggered,
            this, &ContractViewer::previousHit);
    connect(shortcut(m_view, {QKeySequence::Copy}, "copyAction"), &QAction::triggered, this,
            &ContractViewer::copySelection);

    retranslate();
    clear();
}

ContractViewer::~ContractViewer() = default;

QString ContractViewer::fieldLabel(const QString &key)
{
    if (key == QLatin1String("amount"))
        return tr("Amount");
    if (key == QLatin1String("party_b") || key == QLatin1String("provider"))
        return tr("Provider");
    if (key == QLatin1String("party_a"))
        return tr("Customer");
    if (key == QLatin1String("signing_date"))
        return tr("Signed on");
    if (key == QLatin1String("period_start"))
        return tr("Service from");
    if (key == QLatin1String("period_end"))
        return tr("Service until");
    if (key == QLatin1String("gpu_model"))
        return tr("GPU model");
    if (key == QLatin1String("gpu_count"))
        return tr("GPU count");
    if (key == QLatin1String("gpu_hours"))
        return tr("GPU-hours");
    if (key == QLatin1String("unit_price"))
        return tr("Unit price");
    return key;
}

void ContractViewer::retranslate()
{
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_fitWidth->setText(tr("Fit width"));
    m_fitPage->setText(tr("Fit page"));
    // The toolbar is narrow beside the form: a short placeholder that is never cut off, the
    // long wording in the tooltip.
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setToolTip(tr("Search the contract (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the contract"));
    m_search->setMinimumWidth(placeholderWidth(m_search));
    m_previousHit->setToolTip(tr("Previous match (Shift+F3)"));
    m_previousHit->setAccessibleName(tr("Previous match"));
    m_nextHit->setToolTip(tr("Next match (F3)"));
    m_nextHit->setAccessibleName(tr("Next match"));
    m_confirm->setText(tr("✓ &Confirm"));
    m_confirm->setToolTip(tr("The value in the form is what the contract says"));
    m_password->setText(tr("Enter &password…"));
    m_thumbnails->setAccessibleName(tr("Pages"));
    m_view->setAccessibleName(tr("Contract pages"));
    updatePageLabel();
    updateZoomLabel();
    updateFieldBar();
    updateHitLabel();
}

void ContractViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ContractViewer::openPdf(const QByteArray &pdf, const QString &password, const QString &name)
{
    m_name = name;
    m_view->setAccessibleDescription(name);
    m_password->setVisible(false);
    m_message->setVisible(false);
    m_view->setPages({});
    m_view->setMessage(tr("Opening the contract…"));
    m_thumbnails->clear();
    m_hits.clear();
    m_currentHit = -1;
    m_renderer->openData(pdf, password);
    updatePageLabel();
}

void ContractViewer::clear(const QString &message)
{
    m_renderer->close();
    m_name.clear();
    m_view->setAccessibleDescription(QString());
    m_index.reset();
    m_view->setTextIndex(nullptr);
    m_view->setPages({});
    m_view->setFields({});
    m_view->setMessage(message.isEmpty() ? tr("Add a contract PDF to see it here.") : message);
    m_thumbnails->clear();
    m_hits.clear();
    m_currentHit = -1;
    m_password->setVisible(false);
    m_message->setVisible(false);
    updatePageLabel();
    updateFieldBar();
    updateHitLabel();
}

void ContractViewer::setTextIndex(std::shared_ptr<const ContractTextIndex> index)
{
    m_index = std::move(index);
    m_view->setTextIndex(m_index.get());
    search(m_search->text());
    updateFieldBar();
}

void ContractViewer::setFields(const QList<ViewerField> &fields)
{
    m_view->setFields(fields);
    updateFieldBar();
}

void ContractViewer::showField(const QString &key, bool animated)
{
    m_view->setCurrentField(key);
    for (const ViewerField &field : m_view->fields()) {
        if (field.key == key)
            m_view->reveal(field.page, field.rect, animated);
    }
    updateFieldBar();
}

void ContractViewer::opened(int pageCount)
{
    QList<QSizeF> sizes;
    for (int page = 1; page <= pageCount; ++page)
        sizes.append(m_renderer->pageSize(page));
    m_view->setPages(sizes);
    m_thumbnails->clear();
    QPixmap blank(m_thumbnails->iconSize());
    blank.fill(Qt::white);
    for (int page = 1; page <= pageCount; ++page) {
        auto *item = new QListWidgetItem(QIcon(blank), QLocale().toString(page), m_thumbnails);
        item->setTextAlignment(Qt::AlignHCenter);
        item->setData(Qt::AccessibleTextRole, tr("Page %1").arg(page));
    }
    updatePageLabel();
    updateZoomLabel();
    if (!currentField().isEmpty())
        showField(currentField(), false);
    scheduleRequests();
}

void ContractViewer::openFailed(const Error &error)
{
    const bool password =
        error.code == ErrorCode::PasswordRequired || error.code == ErrorCode::WrongPassword;
    m_view->setPages({});
    m_view->setMessage(error.message);
    m_password->setVisible(password);
    showMessage(error.message, true);
}

void ContractViewer::scheduleRequests()
{
    if (!m_requestTimer.isActive())
        m_requestTimer.start();
}

double ContractViewer::thumbnailScale(int page) const
{
    const QSizeF size = m_renderer->pageSize(page);
    const double scale = size.width() > 0 ? kThumbnailWidth / size.width() : 0.1;
    // One scale for the whole document keeps the stand-ins of the main view few.
    return std::round(scale * devicePixelRatioF() * 100.0) / 100.0;
}

void ContractViewer::updateRequests()
{
    if (!m_renderer->isOpen())
        return;
    QList<PageRequest> wanted = m_view->wantedPages();
    const QRect visible = m_thumbnails->viewport()->rect();
    for (int row = 0; row < m_thumbnails->count(); ++row) {
        if (m_thumbnails->visualItemRect(m_thumbnails->item(row)).intersects(visible))
            wanted.append(PageRequest{row + 1, thumbnailScale(row + 1)});
    }
    m_renderer->request(wanted);
}

void ContractViewer::pageRendered(int page, double scale)
{
    if (PageRenderer::cacheKey(page, scale) == PageRenderer::cacheKey(page, thumbnailScale(page))) {
        if (QListWidgetItem *item = m_thumbnails->item(page - 1)) {
            QImage image = m_renderer->image(page, scale);
            image.setDevicePixelRatio(devicePixelRatioF());
            item->setIcon(QIcon(QPixmap::fromImage(image)));
        }
    }
    const QRectF target = m_view->pageRect(page);
    if (target.intersects(m_view->viewport()->rect()))
        m_view->viewport()->update(target.toAlignedRect());
}

void ContractViewer::updatePageLabel()
{
    const int count = m_view->pageCount();
    m_pageLabel->setText(count > 0 ? tr("Page %1 of %2").arg(m_view->currentPage()).arg(count)
                                   : QString());
}

void ContractViewer::updateZoomLabel()
{
    m_zoomLabel->setText(tr("%1 %").arg(QLocale().toString(qRound(m_view->zoom() * 100))));
}

void ContractViewer::updateFieldBar()
{
    const QString key = currentField();
    const ViewerField *field = nullptr;
    for (const ViewerField &f : m_view->fields()) {
        if (f.key == key)
            field = &f;
    }
    const bool selection = !m_view->selection().isEmpty();
    if (!field) {
        m_fieldInfo->setText(hasDocument() && m_view->fields().isEmpty()
                                 ? tr("No values were found in this document.")
                                 : tr("Click a value in the form or a box on the page."));
        m_confirm->setEnabled(false);
        m_useSelection->setText(tr("Use &selection"));
        m_useSelection->setEnabled(false);
        return;
    }
    QString state;
    if (field->applicationKey.isEmpty())
        state = tr("not a field of the application");
    else if (field->needsConfirmation())
        state = field->isLowConfidence()
                    ? tr("read from the PDF with low confidence (%1 %), please check")
                          .arg(QLocale().toString(qRound(field->confidence * 100)))
                    : tr("read from the PDF (%1 % confidence), not confirmed yet")
                          .arg(QLocale().toString(qRound(field->confidence * 100)));
    else if (field->provenance == Provenance::Confirmed)
        state = tr("confirmed");
    else if (field->provenance == Provenance::Corrected)
        state = tr("corrected");
    else
        state = tr("typed in the form");
    //: %1 the field, %2 its value, %3 where it came from
    m_fieldInfo->setText(
        tr("%1: %2 — %3")
            .arg(field->label, field->value.isEmpty() ? tr("(empty)") : field->value, state));
    m_confirm->setEnabled(field->needsConfirmation());
    m_useSelection->setText(tr("Use &selection for %1").arg(field->label));
    m_useSelection->setEnabled(selection && !field->applicationKey.isEmpty());
    m_useSelection->setToolTip(
        selection ? tr("Read %1 from the selected text: %2").arg(field->label, selectedText())
                  : tr("Drag over the right text on the page first."));
}

void ContractViewer::search(const QString &text)
{
    m_hits = m_index ? m_index->find(text) : QList<TextSpan>();
    m_currentHit = -1;
    if (!m_hits.isEmpty()) {
        // Start at the first match at or after the page in view.
        const int page = m_view->currentPage();
        m_currentHit = 0;
        for (int i = 0; i < m_hits.size(); ++i) {
            if (m_hits.at(i).page >= page) {
                m_currentHit = i;
                break;
            }
        }
    }
    m_view->setHits(m_hits, m_currentHit);
    if (m_currentHit >= 0)
        goToHit(m_currentHit);
    updateHitLabel();
}

void ContractViewer::nextHit()
{
    if (!m_hits.isEmpty())
        goToHit((m_currentHit + 1) % int(m_hits.size()));
}

void ContractViewer::previousHit()
{
    if (!m_hits.isEmpty())
        goToHit((m_currentHit - 1 + int(m_hits.size())) % int(m_hits.size()));
}

void ContractViewer::goToHit(int index)
{
    m_currentHit = index;
    const TextSpan &hit = m_hits.at(index);
    m_view->setHits(m_hits, m_currentHit);
    m_view->reveal(hit.page, hit.bounds());
    updateHitLabel();
}

void ContractViewer::updateHitLabel()
{
    if (m_search->text().trimmed().isEmpty())
        m_hitLabel->clear();
    else if (!m_index || m_index->isEmpty())
        m_hitLabel->setText(tr("no text"));
    else if (m_hits.isEmpty())
        m_hitLabel->setText(tr("not found"));
    else
        m_hitLabel->setText(tr("%1 of %2").arg(m_currentHit + 1).arg(m_hits.size()));
    m_previousHit->setEnabled(m_hits.size() > 1);
    m_nextHit->setEnabled(m_hits.size() > 1);
}

void ContractViewer::copySelection()
{
    if (!selectedText().isEmpty())
        QApplication::clipboard()->setText(selectedText());
}

void ContractViewer::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #c92a2a; }") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace cd
