// Help → User guide: the short guide (docs/guide-<language>.md, built into the program with its
// screenshots) in the language the program is shown in.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace cd {

class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    // The guide's address for `language` ("zh_CN", "en", "de"); English when there is none.
    static QUrl guideFor(const QString &language);
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();

    QTextBrowser *m_browser = nullptr;
};

} // namespace cd
