package io.socialhire.candidate;

/** Input patterns shared by validation and the OpenAPI document. */
public final class Limits {
    public static final String PHONE = "^\\+?[0-9][0-9 ().-]{2,39}$";
    public static final String TAG = "^[\\p{L}\\p{N}][\\p{L}\\p{N} ._+#-]*$";
    public static final String ATS_SOURCE = "^[a-z0-9][a-z0-9_-]{0,63}$";
    public static final String EXTERNAL_ID = "^[A-Za-z0-9._:-]{1,128}$";
    public static final String YEAR_MONTH = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    private Limits() {
    }
}
