package io.socialhire.scoring;

/** Examples for the OpenAPI document. */
final class ScoringExamples {

    static final String ANSWER = "I moderate r/CommunityManager on Reddit, where I answer questions from new community managers "
            + "most evenings, and I host a monthly Discord AMA for our members. On Mastodon I reply to people in the #CommunityBuilding "
            + "hashtag, and I turn my conference notes into posts on my blog, then ask readers for feedback.";

    static final String REQUEST = "{\n  \"answer\": \"" + ANSWER + "\",\n"
            + "  \"roleTitle\": \"Community manager (mobile game studio)\",\n"
            + "  \"declaredChannels\": [{\"platform\": \"reddit\"}, {\"platform\": \"X/Twitter\"}, {\"platform\": \"discord\", \"communityName\": \"Indie Devs Hangout\", \"role\": \"organizer\"}]\n}";

    static final String RESULT = """
            {
              "rating": 5,
              "score": 98,
              "recommendation": "strong_yes",
              "criteria": [
                {
                  "criterion": "active_participation",
                  "level": 4,
                  "min": 0,
                  "max": 4,
                  "weight": 0.578,
                  "rationale": "Leads: moderates, hosts, organizes or founded a community.",
                  "evidence": [
                    {
                      "start": 0,
                      "end": 39,
                      "text": "I moderate r/CommunityManager on Reddit",
                      "signal": "moderates, hosts, organizes or founded a community"
                    },
                    {
                      "start": 109,
                      "end": 157,
                      "text": "and I host a monthly Discord AMA for our members",
                      "signal": "moderates, hosts, organizes or founded a community"
                    }
                  ]
                },
                {
                  "criterion": "two_way_interaction",
                  "level": 4,
                  "min": 0,
                  "max": 4,
                  "weight": 0.067,
                  "rationale": "Talks with people in several ways, regularly: moderates, hosts, organizes or founded a community; helps or answers others; asks for feedback in public.",
                  "evidence": [
                    {
                      "start": 0,
                      "end": 39,
                      "text": "I moderate r/CommunityManager on Reddit",
                      "signal": "moderates, hosts, organizes or founded a community"
                    },
                    {
                      "start": 41,
                      "end": 107,
                      "text": "where I answer questions from new community managers most evenings",
                      "signal": "helps or answers others"
                    },
                    {
                      "start": 109,
                      "end": 157,
                      "text": "and I host a monthly Discord AMA for our members",
                      "signal": "moderates, hosts, organizes or founded a community"
                    },
                    {
                      "start": 171,
                      "end": 222,
                      "text": "I reply to people in the #CommunityBuilding hashtag",
                      "signal": "helps or answers others"
                    },
                    {
                      "start": 278,
                      "end": 307,
                      "text": "then ask readers for feedback",
                      "signal": "asks for feedback in public"
                    }
                  ]
                },
                {
                  "criterion": "giving_to_others",
                  "level": 3,
                  "min": 0,
                  "max": 4,
                  "weight": 0.271,
                  "rationale": "Gives to others: helps or answers others.",
                  "evidence": [
                    {
                      "start": 41,
                      "end": 107,
                      "text": "where I answer questions from new community managers most evenings",
                      "signal": "helps or answers others"
                    },
                    {
                      "start": 171,
                      "end": 222,
                      "text": "I reply to people in the #CommunityBuilding hashtag",
                      "signal": "helps or answers others"
                    }
                  ]
                },
                {
                  "criterion": "learning_in_public",
                  "level": 4,
                  "min": 0,
                  "max": 4,
                  "weight": 0.107,
                  "rationale": "Shares what they learn and asks for feedback on it.",
                  "evidence": [
                    {
                      "start": 224,
                      "end": 276,
                      "text": "and I turn my conference notes into posts on my blog",
                      "signal": "shares what they learn"
                    },
                    {
                      "start": 278,
                      "end": 307,
                      "text": "then ask readers for feedback",
                      "signal": "asks for feedback in public"
                    }
                  ]
                },
                {
                  "criterion": "relevant_reach",
                  "level": 4,
                  "min": 0,
                  "max": 4,
                  "weight": 0.126,
                  "rationale": "Takes part in several kinds of venues, including where the role's audience is: r/CommunityManager, Discord, Mastodon, blog.",
                  "evidence": [
                    {
                      "start": 0,
                      "end": 39,
                      "text": "I moderate r/CommunityManager on Reddit",
                      "signal": "moderates, hosts, organizes or founded a community"
                    },
                    {
                      "start": 41,
                      "end": 107,
                      "text": "where I answer questions from new community managers most evenings",
                      "signal": "helps or answers others"
                    },
                    {
                      "start": 109,
                      "end": 157,
                      "text": "and I host a monthly Discord AMA for our members",
                      "signal": "moderates, hosts, organizes or founded a community"
                    },
                    {
                      "start": 171,
                      "end": 222,
                      "text": "I reply to people in the #CommunityBuilding hashtag",
                      "signal": "helps or answers others"
                    },
                    {
                      "start": 224,
                      "end": 276,
                      "text": "and I turn my conference notes into posts on my blog",
                      "signal": "shares what they learn"
                    },
                    {
                      "start": 278,
                      "end": 307,
                      "text": "then ask readers for feedback",
                      "signal": "asks for feedback in public"
                    }
                  ]
                },
                {
                  "criterion": "specificity",
                  "level": 3,
                  "min": 0,
                  "max": 4,
                  "weight": 0.086,
                  "rationale": "Names 1 community, says how often.",
                  "evidence": [
                    {
                      "start": 0,
                      "end": 39,
                      "text": "I moderate r/CommunityManager on Reddit",
                      "signal": "moderates, hosts, organizes or founded a community"
                    },
                    {
                      "start": 41,
                      "end": 107,
                      "text": "where I answer questions from new community managers most evenings",
                      "signal": "helps or answers others"
                    },
                    {
                      "start": 109,
                      "end": 157,
                      "text": "and I host a monthly Discord AMA for our members",
                      "signal": "moderates, hosts, organizes or founded a community"
                    },
                    {
                      "start": 171,
                      "end": 222,
                      "text": "I reply to people in the #CommunityBuilding hashtag",
                      "signal": "helps or answers others"
                    },
                    {
                      "start": 224,
                      "end": 276,
                      "text": "and I turn my conference notes into posts on my blog",
                      "signal": "shares what they learn"
                    },
                    {
                      "start": 278,
                      "end": 307,
                      "text": "then ask readers for feedback",
                      "signal": "asks for feedback in public"
                    }
                  ]
                }
              ],
              "channels": [
                {
                  "platform": "reddit",
                  "community": "r/CommunityManager",
                  "engagement": "leading",
                  "current": true,
                  "evidence": [
                    {
                      "start": 11,
                      "end": 29,
                      "text": "r/CommunityManager",
                      "signal": "names this venue"
                    },
                    {
                      "start": 33,
                      "end": 39,
                      "text": "Reddit",
                      "signal": "names this venue"
                    }
                  ]
                },
                {
                  "platform": "discord",
                  "engagement": "leading",
                  "current": true,
                  "evidence": [
                    {
                      "start": 130,
                      "end": 137,
                      "text": "Discord",
                      "signal": "names this venue"
                    }
                  ]
                },
                {
                  "platform": "mastodon",
                  "engagement": "commenting",
                  "current": true,
                  "evidence": [
                    {
                      "start": 162,
                      "end": 170,
                      "text": "Mastodon",
                      "signal": "names this venue"
                    }
                  ]
                },
                {
                  "engagement": "creating",
                  "current": true,
                  "evidence": [
                    {
                      "start": 238,
                      "end": 248,
                      "text": "conference",
                      "signal": "names this venue"
                    }
                  ]
                },
                {
                  "engagement": "creating",
                  "current": true,
                  "evidence": [
                    {
                      "start": 272,
                      "end": 276,
                      "text": "blog",
                      "signal": "names this venue"
                    }
                  ]
                }
              ],
              "flags": [
                "declared_not_mentioned"
              ],
              "followUpQuestions": [
                "You mentioned r/CommunityManager: what was the last thread or conversation you took part in there?",
                "Your profile lists X (Twitter), but your answer doesn't mention it: how do you take part there?"
              ],
              "needsHumanReview": false,
              "reviewReasons": [],
              "language": "en",
              "rubric": {
                "key": "participation",
                "version": 2
              },
              "engineVersion": "participation-claims/2.0.0",
              "role": {
                "id": "gaming-community-manager",
                "title": "Gaming community manager",
                "matchedFrom": "role_title"
              },
              "summary": "Rated 5 (exemplary): moderates, hosts, organizes or founded a community, helps or answers others, shares what they learn in r/CommunityManager, Discord, Mastodon.",
              "claims": [
                {
                  "text": "I moderate r/CommunityManager on Reddit",
                  "start": 0,
                  "end": 39,
                  "actor": "candidate",
                  "activity": "lead",
                  "description": "moderates, hosts, organizes or founded a community",
                  "venues": [
                    {
                      "name": "r/CommunityManager",
                      "platform": "reddit",
                      "community": "r/CommunityManager",
                      "kind": "public"
                    },
                    {
                      "name": "Reddit",
                      "platform": "reddit",
                      "kind": "public"
                    }
                  ],
                  "time": "current",
                  "mode": "actual",
                  "credited": true
                },
                {
                  "text": "where I answer questions from new community managers most evenings",
                  "start": 41,
                  "end": 107,
                  "actor": "candidate",
                  "activity": "help",
                  "description": "helps or answers others",
                  "venues": [
                    {
                      "name": "r/CommunityManager",
                      "platform": "reddit",
                      "community": "r/CommunityManager",
                      "kind": "public"
                    },
                    {
                      "name": "Reddit",
                      "platform": "reddit",
                      "kind": "public"
                    }
                  ],
                  "time": "current",
                  "mode": "actual",
                  "frequency": "regular",
                  "credited": true
                },
                {
                  "text": "and I host a monthly Discord AMA for our members",
                  "start": 109,
                  "end": 157,
                  "actor": "candidate",
                  "activity": "lead",
                  "description": "moderates, hosts, organizes or founded a community",
                  "venues": [
                    {
                      "name": "Discord",
                      "platform": "discord",
                      "kind": "public"
                    }
                  ],
                  "time": "current",
                  "mode": "actual",
                  "frequency": "regular",
                  "credited": true
                },
                {
                  "text": "I reply to people in the #CommunityBuilding hashtag",
                  "start": 171,
                  "end": 222,
                  "actor": "candidate",
                  "activity": "help",
                  "description": "helps or answers others",
                  "venues": [
                    {
                      "name": "Mastodon",
                      "platform": "mastodon",
                      "kind": "public"
                    }
                  ],
                  "time": "current",
                  "mode": "actual",
                  "credited": true
                },
                {
                  "text": "and I turn my conference notes into posts on my blog",
                  "start": 224,
                  "end": 276,
                  "actor": "candidate",
                  "activity": "learn_in_public",
                  "description": "shares what they learn",
                  "venues": [
                    {
                      "name": "conference",
                      "kind": "offline"
                    },
                    {
                      "name": "blog",
                      "kind": "public"
                    }
                  ],
                  "time": "current",
                  "mode": "actual",
                  "credited": true
                },
                {
                  "text": "then ask readers for feedback",
                  "start": 278,
                  "end": 307,
                  "actor": "candidate",
                  "activity": "ask_feedback",
                  "description": "asks for feedback in public",
                  "venues": [
                    {
                      "name": "conference",
                      "kind": "offline"
                    },
                    {
                      "name": "blog",
                      "kind": "public"
                    }
                  ],
                  "time": "current",
                  "mode": "actual",
                  "credited": true
                }
              ],
              "appliedRules": [],
              "ratingProbabilities": [
                0.0,
                0.0,
                0.003,
                0.06,
                0.937
              ],
              "secondOpinion": {
                "model": "text",
                "rating": 5
              }
            }""";

    static final String BATCH_REQUEST = "{\"items\": [\n"
            + "  {\"answer\": \"" + ANSWER + "\", \"roleId\": \"community-manager\"},\n"
            + "  {\"answer\": \"LinkedIn.\", \"roleTitle\": \"Social media marketer\"},\n"
            + "  {\"answer\": \"I help out on Discord.\", \"roleId\": \"no-such-role\"}\n]}";

    static final String BATCH_RESULT = """
            {"results": [
              {"index": 0, "status": 200, "result": {"rating": 5, "score": 98, "recommendation": "strong_yes"}},
              {"index": 1, "status": 200, "result": {"rating": 2, "score": 23, "recommendation": "no"}},
              {"index": 2, "status": 400, "problem": {"type": "https://socialhire.io/problems/validation", "title": "Invalid request",
               "status": 400, "detail": "The request has 1 invalid field.", "errors": [{"field": "roleId", "message": "no role 'no-such-role'; GET /api/v1/roles lists them"}]}}
            ]}""";

    private ScoringExamples() {
    }
}
