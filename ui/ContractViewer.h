// The contract viewer of the contracts page: the pages of a contract PDF with a box around every
// value read from it (label, confidence, whether it is confirmed), page thumbnails, zoom and fit,
// search (Ctrl+F, F3 / Shift+F3) and copy (Ctrl+C). The current field can be confirmed, or
// corrected by dragging over other text on the page and choosing "Use selection": the viewer
// reports these as signals, the page applies them to the draft.
#pragma once

#include "ContractPageView.h"

#include "contracts/ContractTextIndex.h"
#include "contracts/PageRenderer.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace cd {

class ContractViewer : public QWidget
{
    Q_OBJECT

public:
    explicit ContractViewer(QWidget *parent = nullptr);
    ~ContractViewer() override;

    // Shows a PDF (rendered in the worker process); `name` is shown above the pages.
    void openPdf(const QByteArray &pdf, const QString &password, const QString &name);
    // Shows no document, only `message`.
    void clear(const QString &message = {});
    bool hasDocument() const { return m_renderer->isOpen(); }
    // The PDF `name` was opened last and is shown or about to be.
    bool isShowing(const QString &name) const
    {
        return name == m_name && m_renderer->isOpenOrOpening();
    }
    // The contract's text, for selecting and searching (it may arrive after the PDF).
    void setTextIndex(std::shared_ptr<const ContractTextIndex> index);
    bool hasText() const { return m_index && !m_index->isEmpty(); }
    void setFields(const QList<ViewerField> &fields);
    // Makes `key` the current field and scrolls its box into view.
    void showField(const QString &key, bool animated = true);
    QString currentField() const { return m_view->currentField(); }

    // Search: every occurrence is highlighted, the current one is scrolled to.
    void search(const QString &text);
    int hitCount() const { return int(m_hits.size()); }
    int currentHit() const { return m_currentHit; }
    const QList<TextSpan> &hits() const { return m_hits; }
    void nextHit();
    void previousHit();

    QString selectedText() const { return m_view->selection().text; }
    void copySelection();
    // A line under the toolbar: why a correction was refused, or what was done.
    void showMessage(const QString &text, bool error);

    PageRenderer *renderer() const { return m_renderer; }
    ContractPageView *pageView() const { return m_view; }

    // Short translated labels of the extracted fields ("amount" → "Amount").
    static QString fieldLabel(const QString &key);

Q_SIGNALS:
    void fieldClicked(const QString &key);
    void confirmRequested(const QString &key);
    void correctionRequested(const QString &key, const cd::TextSpan &selection);
    // The PDF needs its password (or the one given was wrong).
    void passwordRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRequests();
    void updateRequests();
    void opened(int pageCount);
    void openFailed(const Error &error);
    void pageRendered(int page, double scale);
    void updatePageLabel();
    void updateZoomLabel();
    void updateFieldBar();
    void updateHitLabel();
    void goToHit(int index);
    double thumbnailScale(int page) const;
    void retranslate();

    PageRenderer *m_renderer = nullptr;
    ContractPageView *m_view = nullptr;
    std::shared_ptr<const ContractTextIndex> m_index;
    QTimer m_requestTimer;
    QString m_name;

    QLabel *m_pageLabel = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_fitWidth = nullptr;
    QToolButton *m_fitPage = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_previousHit = nullptr;
    QToolButton *m_nextHit = nullptr;
    QLabel *m_hitLabel = nullptr;
    QLabel *m_fieldInfo = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_useSelection = nullptr;
    QPushButton *m_password = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_thumbnails = nullptr;

    QList<TextSpan> m_hits;
    int m_currentHit = -1;
};

} // namespace cd
