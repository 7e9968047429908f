// TestSesParser: tests of SES notification parsing, split by well-formed and hostile input.
#pragma once

#include <QObject>

class TestSesParser final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void eventKindNames();
    void sesTime_data();
    void sesTime();
    void classicBouncePermanentGeneral();
    void classicBounceSubTypes_data();
    void classicBounceSubTypes();
    void unknownFieldsAndDisplayNames();
    void classicComplaintAbuse();
    void complaintOnSuppressionList();
    void classicDelivery();
    void eventPublishingSamples_data();
    void eventPublishingSamples();
    void eventBounceAndComplaint();
    void eventDeliveryDelay();
    void eventDetailsKeptAsIs();
    void subscriptionSucceeded();
    void eventTypeWinsOverNotificationType();
    void eventTimestampFallsBackToMail();
    void processingTimeForms_data();
    void processingTimeForms();
    void recipientsWithoutAddressAreSkipped();
    void notSes_data();
    void notSes();
    void deepNestingRefused();
    void realDjangoBouncyMessages_data();
    void realDjangoBouncyMessages();
    void truncationsNeverCrash();
    void typeMutationsNeverCrash();
    void randomGarbageNeverCrash();
};
