-- The review event is published as assessment.reviewed, its name in the product's event list. Endpoints
-- subscribed to its former name, review.created, keep receiving it under the new one; their version
-- moves on, so an ETag taken before no longer matches the changed subscription. Events already stored
-- keep the type they were published with.
UPDATE webhook_endpoint
SET event_types = array_replace(event_types, 'review.created', 'assessment.reviewed'),
    version     = version + 1
WHERE 'review.created' = ANY (event_types);
