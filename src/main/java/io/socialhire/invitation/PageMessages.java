package io.socialhire.invitation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The candidate's page in English; src/main/resources/messages/msg_{es,de,fr,pt}.properties hold
 * the other languages, key for key (a key missing there falls back to the English text here).
 */
@MessageBundle(value = "msg", locale = "en")
public interface PageMessages {

    @Message("A question about your social media participation")
    String title();

    @Message("{org} asks you to answer one question for the job “{job}”.")
    String asker(String org, String job);

    @Message("{org} asks you to answer one question.")
    String askerNoJob(String org);

    @Message("The hiring team")
    String defaultOrg();

    @Message("You can answer until {date}. You can send your answer once.")
    String deadline(String date);

    @Message("How your answer is assessed")
    String noticeHeading();

    @Message("Your answer is scored by an automated tool.")
    String noticeAutomated();

    @Message("The tool reads only your answer and the channels you name: where you take part, what you do there (for example answering"
            + " people, moderating, organising or creating), how often, and the concrete examples you give. It does not use your name,"
            + " photo, age or any other personal trait.")
    String noticeLooksAt();

    @Message("A person on the hiring team reviews the result; the tool does not decide on its own.")
    String noticeHuman();

    @Message("If you prefer to be assessed by a person only, without the automated tool, do not answer here: reply to the message"
            + " that brought you this link and ask for a human-only assessment. This does not count against you.")
    String noticeOptOut();

    @Message("Answer the question")
    String emailAction();

    @Message("The link is personal: do not forward this email.")
    String emailPersonal();

    @Message("The question")
    String questionHeading();

    @Message("Your answer")
    String answerLabel();

    @Message("Write in your own words where you take part, what you do there and how often. A few sentences are enough.")
    String answerHint();

    @Message("Your channels (optional)")
    String channelsLegend();

    @Message("Name up to {count} places where you take part. Leave a row empty to skip it.")
    String channelsHint(int count);

    @Message("Channel {n}")
    String channelLegend(int n);

    @Message("Platform")
    String platformLabel();

    @Message("Handle, profile link or community name")
    String identityLabel();

    @Message("Your role there")
    String roleLabel();

    @Message("How often")
    String frequencyLabel();

    @Message("Choose")
    String choose();

    @Message("Member")
    String roleMember();

    @Message("Contributor")
    String roleContributor();

    @Message("Creator")
    String roleCreator();

    @Message("Moderator")
    String roleModerator();

    @Message("Organizer")
    String roleOrganizer();

    @Message("Daily")
    String frequencyDaily();

    @Message("Weekly")
    String frequencyWeekly();

    @Message("Monthly")
    String frequencyMonthly();

    @Message("Rarely")
    String frequencyRarely();

    @Message("Save draft")
    String saveDraft();

    @Message("Send my answer")
    String submit();

    @Message("Your draft is saved. You can come back to this page until the link expires.")
    String draftSaved();

    @Message("There is a problem")
    String errorSummary();

    @Message("Write your answer before sending it.")
    String errAnswerRequired();

    @Message("Your answer is too long: at most {max} characters.")
    String errAnswerTooLong(int max);

    @Message("Choose a platform from the list.")
    String errPlatform();

    @Message("Give a handle, profile link or community name that fits this platform.")
    String errIdentity();

    @Message("Choose your role there.")
    String errRole();

    @Message("Choose how often you take part.")
    String errFrequency();

    @Message("Error:")
    String errorPrefix();

    @Message("Thank you")
    String thanksTitle();

    @Message("Your answer was sent. The hiring team will be in touch.")
    String thanksText();

    @Message("This link no longer works")
    String closedTitle();

    @Message("The time to answer has passed. If you still want to answer, contact the recruiter who sent you the link.")
    String expiredText();

    @Message("This invitation was withdrawn. If you have questions, contact the recruiter who sent you the link.")
    String cancelledText();

    @Message("Page not found")
    String notFoundTitle();

    @Message("Check that you opened the whole link from your message.")
    String notFoundText();

    @Message("Too many attempts")
    String tooManyTitle();

    @Message("Please wait a minute and try again.")
    String tooManyText();

    @Message("The form could not be checked")
    String forbiddenTitle();

    @Message("Please open the link from your message again and send the form from that page.")
    String forbiddenText();
}
