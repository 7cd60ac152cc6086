#include "common/protocol.h"
#include "common/protocolmessage.h"
#include "console/main/formerrors.h"
#include "console/main/messagelabel.h"
#include "console/net/errortext.h"

#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>

using namespace Protocol;

// The shared "a value was refused" display of the console's dialogs.
class TestFormErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void marksTheNamedFieldAndShowsTheText();
    void movingToAnotherFieldRestoresTheFirst();
    void putsAConflictWithoutFieldOnTheGivenField();
    void anUnknownFieldOnlyShowsTheText();
    void retranslateAsksForTheTextAgain();

private:
    QWidget *m_form = nullptr;
    MessageLabel *m_label = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_port = nullptr;
};

void TestFormErrors::init()
{
    m_form = new QWidget;
    m_label = new MessageLabel(m_form);
    m_name = new QLineEdit(m_form);
    m_port = new QSpinBox(m_form);
    auto layout = new QVBoxLayout(m_form);
    layout->addWidget(m_name);
    layout->addWidget(m_port);
    layout->addWidget(m_label);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form));
}

void TestFormErrors::cleanup()
{
    delete m_form;
}

void TestFormErrors::marksTheNamedFieldAndShowsTheText()
{
    FormErrors errors(m_label);
    errors.addField(Key::Name, m_name);
    errors.addField(Key::AmiPort, m_port);
    const QColor normal = m_port->palette().color(QPalette::Base);

    errors.show([] { return QStringLiteral("bad port"); }, Key::AmiPort);
    QCOMPARE(errors.text(), QStringLiteral("bad port"));
    QCOMPARE(m_label->message(), QStringLiteral("bad port"));
    QCOMPARE(errors.field(), QString(Key::AmiPort));
    QVERIFY(m_port->property("invalid").toBool());
    QCOMPARE(m_port->palette().color(QPalette::Base), FormErrors::invalidBase());
    QVERIFY(m_port->hasFocus());
    QVERIFY(!m_name->property("invalid").toBool());

    errors.clear();
    QVERIFY(errors.text().isEmpty());
    QVERIFY(errors.field().isEmpty());
    QVERIFY(!m_label->isVisible());
    QVERIFY(!m_port->property("invalid").toBool());
    QCOMPARE(m_port->palette().color(QPalette::Base), normal);
}

void TestFormErrors::movingToAnotherFieldRestoresTheFirst()
{
    FormErrors errors(m_label);
    errors.addField(Key::Name, m_name);
    errors.addField(Key::AmiPort, m_port);
    const QColor normal = m_name->palette().color(QPalette::Base);
    errors.show([] { return QStringLiteral("bad name"); }, Key::Name);
    errors.show([] { return QStringLiteral("bad port"); }, Key::AmiPort);
    QVERIFY(!m_name->property("invalid").toBool());
    QCOMPARE(m_name->palette().color(QPalette::Base), normal);
    QVERIFY(m_port->property("invalid").toBool());
}

void TestFormErrors::putsAConflictWithoutFieldOnTheGivenField()
{
    FormErrors errors(m_label);
    errors.addField(Key::Name, m_name);
    errors.addField(Key::AmiPort, m_port);
    errors.showReply(ProtocolMessage::errorReply(1, ErrorCode::Conflict, QStringLiteral("duplicate name")),
                     Key::Name);
    QCOMPARE(errors.field(), QString(Key::Name));
    QVERIFY(m_name->property("invalid").toBool());
    QVERIFY(errors.text().contains(ErrorText::forCode(ErrorCode::Conflict)));
    QVERIFY(errors.text().contains(QStringLiteral("duplicate name")));

    // A field the engine names wins.
    errors.showReply(ProtocolMessage::errorReply(2, ErrorCode::InvalidField,
                                                 QStringLiteral("out of range"), Key::AmiPort),
                     Key::Name);
    QCOMPARE(errors.field(), QString(Key::AmiPort));
    QVERIFY(m_port->property("invalid").toBool());
    QVERIFY(!m_name->property("invalid").toBool());
}

void TestFormErrors::anUnknownFieldOnlyShowsTheText()
{
    FormErrors errors(m_label);
    errors.addField(Key::Name, m_name);
    errors.showReply(ProtocolMessage::errorReply(1, ErrorCode::InvalidField, QStringLiteral("no"),
                                                 QStringLiteral("somethingNew")),
                     Key::Name);
    QCOMPARE(errors.field(), QStringLiteral("somethingNew"));
    QVERIFY(!errors.text().isEmpty());
    QVERIFY(!m_name->property("invalid").toBool());
}

void TestFormErrors::retranslateAsksForTheTextAgain()
{
    FormErrors errors(m_label);
    int asked = 0;
    errors.show([&asked] { return QStringLiteral("text %1").arg(++asked); }, QString());
    QCOMPARE(errors.text(), QStringLiteral("text 1"));
    errors.retranslate();
    QCOMPARE(errors.text(), QStringLiteral("text 2"));
    errors.clear();
    errors.retranslate();
    QVERIFY(errors.text().isEmpty());
}

QTEST_MAIN(TestFormErrors)
#include "tst_formerrors.moc"
