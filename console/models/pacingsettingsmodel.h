#pragma once

#include "common/result.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// A campaign's pacing settings other than the abandon rule, as the campaign
// form edits them: one row per setting of campaigns.pacingOptions
// "defaults", with the campaign's own value where it has one. Values take
// the type of their default (a number, yes/no, or a word); a number that
// does not read as one stays as typed and validate() names it, so nothing
// the user typed is thrown away. changedValues() is what the campaign sends:
// only the settings that differ from their defaults.
class PacingSettingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacingSettingsModel)

public:
    enum Column { Setting, Value, Default };
    Q_ENUM(Column)
    static constexpr int ColumnCount = Default + 1;

    enum Role {
        KeyRole = Qt::UserRole + 1, // the setting's protocol key
        ChangedRole,                // bool: differs from the default
    };

    explicit PacingSettingsModel(QObject *parent = nullptr);

    // Keys of `excluded` are left out (the form edits them elsewhere). A
    // value without a default (a setting this engine no longer lists) is
    // kept and always sent.
    void setSettings(const QJsonObject &defaults, const QJsonObject &values,
                     const QStringList &excluded = {});
    QJsonObject changedValues() const;
    // Every value as it stands (defaults included), in its default's type.
    QJsonObject values() const;
    // Fails on the first value that is not of its default's type, with the
    // field "pacing.<key>" as the engine would name it.
    Result<Done> validate() const;

    int rowOfKey(const QString &key) const;
    QString keyAt(int row) const { return m_rows.at(row).key; }
    bool isChanged(int row) const;

    // The value a text stands for, in the type of defaultValue; undefined
    // when it does not read as one.
    static QJsonValue parseValue(const QString &text, const QJsonValue &defaultValue);
    static QString valueText(const QJsonValue &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void retranslate();

private:
    struct Row
    {
        QString key;
        QJsonValue defaultValue; // undefined: no default known
        QJsonValue value;        // a string where a number could not be read
    };

    static bool isValid(const Row &row);
    static QJsonValue normalized(const QJsonValue &value, const QJsonValue &defaultValue);
    QVariant displayData(const Row &row, int column) const;

    QList<Row> m_rows;
};
