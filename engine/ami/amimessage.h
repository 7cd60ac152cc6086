#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

// One AMI message: ordered "Key: Value" fields, as Asterisk sends and reads
// them. Keys are matched without regard to case (Asterisk itself does so);
// order and repeats are kept because "Variable:" and "Output:" repeat.
//
// A command's output arrives in one of two shapes:
//   Asterisk >= 14:  Response: Success / Message: Command output follows /
//                    Output: <line>  (one field per line, blank line ends it)
//   older:           Response: Follows / Privilege: Command / ActionID: x /
//                    <raw lines, blank lines allowed> / --END COMMAND--
// commandOutput() returns the text for both.
class AmiMessage final
{
public:
    enum class Kind { Response, Event, Action, Unknown }; // from the first field's key
    using Field = std::pair<QByteArray, QByteArray>;

    AmiMessage() = default;

    Kind kind() const;
    // Value of the first field: "Success", "Newchannel", "Originate".
    QByteArray type() const;
    // True when type() equals `name`, ignoring case.
    bool isType(QByteArrayView name) const;
    QByteArray value(QByteArrayView key) const;
    QList<QByteArray> values(QByteArrayView key) const;
    bool has(QByteArrayView key) const;
    QByteArray actionId() const { return value("ActionID"); }
    const QList<Field> &fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty() && m_commandOutput.isEmpty(); }

    void add(const QByteArray &key, const QByteArray &value);
    void add(QByteArray &&key, QByteArray &&value);
    // Replaces the value of the first field with that key, or appends one.
    void set(const QByteArray &key, const QByteArray &value);
    void reserve(qsizetype fieldCount) { m_fields.reserve(fieldCount); }

    // Lines end with '\n'; empty when the message carries no command output.
    QByteArray commandOutput() const;
    void setCommandOutput(const QByteArray &output);

    // Wire form. CR and LF inside keys and values become spaces: values come
    // from uploaded number lists and campaign settings, and a line break in
    // one would let its author inject a second action into the stream.
    QByteArray serialize() const;

    static AmiMessage action(const QByteArray &name, const QByteArray &actionId);

    static bool keyEquals(QByteArrayView a, QByteArrayView b);

private:
    QList<Field> m_fields;
    QByteArray m_commandOutput; // only for the old "Response: Follows" shape
};
