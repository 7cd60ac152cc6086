#pragma once

#include <QLabel>

#include <functional>

// The word-wrapped line under a form or a table that says what went wrong
// (red) or what is going on. Hidden while empty. It reserves the height its
// text needs at its current width: a dialog's layout does not grow for a
// wrapped label by itself, and a long engine error would be cut off.
class MessageLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLabel)

public:
    enum class Kind { Info, Error };

    explicit MessageLabel(QWidget *parent = nullptr);

    // An empty text hides the label.
    void setMessage(const QString &text, Kind kind);
    // A message built with tr(): rebuilt when the language changes, so it
    // never stays in the old language. An empty function hides the label.
    void setTranslatedMessage(std::function<QString()> text, Kind kind);
    // The text shown, empty while hidden.
    QString message() const;
    Kind kind() const { return m_kind; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void display(const QString &text, Kind kind);
    void reserveHeight();

    Kind m_kind = Kind::Info;
    std::function<QString()> m_translated;
};
