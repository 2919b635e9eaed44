package io.socialhire.scoring;

/** Examples for the OpenAPI document. */
final class ScoringExamples {

    static final String ANSWER = "I moderate r/CommunityManager on Reddit, where I answer questions from new community managers "
            + "most evenings, and I host a monthly Discord AMA for our members. On Mastodon I reply to people in the #CommunityBuilding "
            + "hashtag, and I turn my conference notes into posts on my blog, then ask readers for feedback.";

    static final String REQUEST = "{\n  \"answer\": \"" + ANSWER + "\",\n"
            + "  \"roleTitle\": \"Community manager (mobile game studio)\",\n"
            + "  \"declaredChannels\": [\"reddit\", \"X/Twitter\", {\"platform\": \"discord\", \"communityName\": \"Indie Devs Hangout\", \"role\": \"organizer\"}]\n}";

    static final String RESULT = """
            {
              "rating": 5, "score": 88, "recommendation": "strong_yes",
              "criteria": [
                {"criterion": "active_participation", "level": 4, "min": 0, "max": 4, "weight": 0.25,
                 "rationale": "Moderates or hosts: I moderate r/CommunityManager",
                 "evidence": [{"start": 2, "end": 10, "text": "moderate", "signal": "moderate"}]}
              ],
              "channels": [
                {"platform": "reddit", "community": "r/CommunityManager", "handle": null, "engagement": "leading", "current": true,
                 "evidence": [{"start": 11, "end": 29, "text": "r/CommunityManager", "signal": "platform"}]}
              ],
              "flags": ["declared_not_mentioned"],
              "followUpQuestions": ["You declared X (Twitter) but did not mention it: what do you do there?"],
              "needsHumanReview": false, "reviewReasons": [], "language": "en",
              "rubric": {"key": "participation", "version": 1}, "engineVersion": "participation-engine/1.0.0",
              "role": {"id": "gaming-community-manager", "title": "Gaming community manager", "matchedFrom": "role_title"}
            }""";

    static final String BATCH_REQUEST = "{\"items\": [\n"
            + "  {\"answer\": \"" + ANSWER + "\", \"roleId\": \"community-manager\"},\n"
            + "  {\"answer\": \"LinkedIn.\", \"roleTitle\": \"Social media marketer\"},\n"
            + "  {\"answer\": 42}\n]}";

    static final String BATCH_RESULT = """
            {"results": [
              {"index": 0, "status": 200, "result": {"rating": 5, "score": 88, "recommendation": "strong_yes"}},
              {"index": 1, "status": 200, "result": {"rating": 1, "score": 6, "recommendation": "definitely_not"}},
              {"index": 2, "status": 400, "problem": {"type": "https://socialhire.io/problems/validation", "title": "Invalid request",
               "status": 400, "detail": "The request has 1 invalid field.", "errors": [{"field": "answer", "message": "has the wrong type: expected a string"}]}}
            ]}""";

    private ScoringExamples() {
    }
}
