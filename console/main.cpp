#include "console/main/appcontroller.h"
#include "console/main/languagemanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Torque"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("torque-dialer.org"));
    QCoreApplication::setApplicationName(QStringLiteral("torque-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TORQUE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Torque Console"));
    QGuiApplication::setDesktopFileName(QStringLiteral("torque-console"));
    // The controller decides when the console ends (login dialog and main
    // window take turns, and neither alone is the "last window").
    app.setQuitOnLastWindowClosed(false);

    LanguageManager languages;
    languages.setLanguage(LanguageManager::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop console of the Torque predictive dialer."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption urlOption(
        QStringLiteral("url"),
        QCoreApplication::translate("main", "Engine address to prefill, e.g. ws://127.0.0.1:7080."),
        QCoreApplication::translate("main", "url"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), QCoreApplication::translate("main", "User name to prefill."),
        QCoreApplication::translate("main", "name"));
    parser.addOption(urlOption);
    parser.addOption(userOption);
    parser.process(app);

    AppController controller(&languages);
    controller.setLoginDefaults(parser.value(urlOption), parser.value(userOption));
    QObject::connect(&controller, &AppController::finished, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    controller.start();
    return app.exec();
}
