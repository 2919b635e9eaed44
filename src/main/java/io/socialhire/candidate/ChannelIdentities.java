package io.socialhire.candidate;

import io.socialhire.common.ApiException;
import io.socialhire.common.Text;
import io.socialhire.platform.ChannelIdentity;
import io.socialhire.platform.IdentifierKind;
import io.socialhire.platform.InvalidChannelException;
import io.socialhire.platform.Platform;
import io.socialhire.platform.PlatformCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Resolves a declared channel to its platform and normalized identity, so the same account or
 * community declared in two spellings is recognised as one channel.
 */
@ApplicationScoped
public class ChannelIdentities {

    private final PlatformCatalog catalog;

    public ChannelIdentities(PlatformCatalog catalog) {
        this.catalog = catalog;
    }

    public Platform platform(String nameOrId, String fieldPrefix) {
        return catalog.resolve(nameOrId).orElseThrow(() -> ApiException.invalid(fieldPrefix + "platform",
                "unknown platform '" + Text.abbreviate(nameOrId) + "'; GET /api/v1/platforms lists the known ones"));
    }

    public String platformName(String platformId) {
        return catalog.byId(platformId).map(Platform::name).orElse(platformId);
    }

    /** What makes two declared channels the same one; handle and canonicalUrl are null for a named community alone. */
    public record Identity(IdentifierKind kind, String handle, String canonicalUrl, String key) {
    }

    /** The identity of a channel; fieldPrefix locates the channel in the request ("channels[2]."). */
    public Identity identify(Platform platform, String handle, String profileUrl, String communityName,
            String fieldPrefix) {
        boolean hasHandle = handle != null && !handle.isBlank();
        boolean hasUrl = profileUrl != null && !profileUrl.isBlank();
        if (hasHandle || hasUrl) {
            try {
                ChannelIdentity identity = catalog.normalize(platform.id(), handle, profileUrl);
                return new Identity(identity.kind(), identity.handle(), identity.canonicalUrl(), identity.key());
            } catch (InvalidChannelException e) {
                String field = switch (e.field()) {
                    case InvalidChannelException.FIELD_URL -> "profileUrl";
                    case InvalidChannelException.FIELD_PLATFORM -> "platform";
                    default -> "handle";
                };
                throw ApiException.invalid(fieldPrefix + field, e.getMessage());
            }
        }
        if (communityName != null && !communityName.isBlank()) {
            String key = platform.id() + ":community:name:" + comparable(communityName);
            return new Identity(IdentifierKind.COMMUNITY, null, null, key);
        }
        throw ApiException.invalid(fieldPrefix.isEmpty() ? "handle" : fieldPrefix + "handle",
                "give a handle, a profileUrl or a communityName");
    }

    /** Case and spacing do not make a different community name. */
    private static String comparable(String name) {
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("\\s+", " ");
    }
}
