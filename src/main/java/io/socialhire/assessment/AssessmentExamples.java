package io.socialhire.assessment;

/** Examples for the OpenAPI document. */
final class AssessmentExamples {

    static final String INPUT = """
            {"answer": "I moderate r/CommunityManager and host a monthly Discord AMA; I reply to people on Mastodon most days.",
             "roleTitle": "Community manager (mobile game studio)"}""";

    static final String VIEW = """
            {"id": "3f6c1a2b-7d8e-4f90-a1b2-c3d4e5f60718", "candidateId": "0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69",
             "question": "Where do you participate in social media?",
             "answer": "I moderate r/CommunityManager and host a monthly Discord AMA; I reply to people on Mastodon most days.",
             "roleTitle": "Community manager (mobile game studio)",
             "engineResult": {"rating": 4, "score": 74, "recommendation": "yes", "criteria": [], "channels": [], "flags": [],
               "followUpQuestions": [], "needsHumanReview": false, "reviewReasons": [], "language": "en",
               "rubric": {"key": "participation", "version": 1}, "engineVersion": "participation-engine/1.0.0",
               "role": {"id": "gaming-community-manager", "title": "Gaming community manager", "matchedFrom": "role_title"}},
             "status": "final", "finalResult": {"source": "engine", "rating": 4, "recommendation": "yes", "score": 74, "criteria": []},
             "reviewCount": 0, "createdAt": "2026-11-22T10:15:30Z"}""";

    static final String REVIEW_INPUT = """
            {"reviewer": "Maria Lopez (hiring manager)",
             "criteria": [{"criterion": "giving_to_others", "level": 4, "reason": "Runs the weekly newcomer Q&A thread"}],
             "rating": 5, "reason": "Leads two communities relevant to the role", "note": "Strong; ask about crisis moderation"}""";

    static final String REVIEW = """
            {"id": "8e7d6c5b-4a39-4281-9f0e-d1c2b3a49586", "assessmentId": "3f6c1a2b-7d8e-4f90-a1b2-c3d4e5f60718",
             "reviewer": "Maria Lopez (hiring manager)", "rating": 5, "recommendation": "strong_yes",
             "criteria": [{"criterion": "giving_to_others", "level": 4, "min": 0, "max": 4, "reason": "Runs the weekly newcomer Q&A thread"}],
             "reason": "Leads two communities relevant to the role", "note": "Strong; ask about crisis moderation",
             "createdAt": "2026-11-22T11:02:00Z"}""";

    private AssessmentExamples() {
    }
}
