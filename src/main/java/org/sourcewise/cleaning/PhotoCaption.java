package org.sourcewise.cleaning;

import java.util.regex.Pattern;

/** Captions and credits of pictures, which copy-paste mixes into the article text. */
final class PhotoCaption {

    /** A credit closing the line: "REUTERS/Sergey Pivovarov", "AP Photo/Jane Doe", "(Getty Images)", "Photo: AFP". */
    private static final Pattern CREDIT_AT_END = Pattern.compile(
            // an agency with a photographer, or an agency in capitals alone: "he told Reuters." is not a credit
            "(?:\\b(?:REUTERS|Reuters|AP Photo|AP|AFP|EPA|EPA-EFE|UPI|ANP|TASS|Xinhua)/[\\p{L} .'\\-]{2,60}"
                    + "|\\b(?:REUTERS|AP PHOTO)"
                    + "|\\(?(?:AP Photo|Getty Images|Shutterstock|File photo|File Photo)\\)?"
                    + "|\\b(?:Photo|Photograph|Picture|Image|Credit)s?:\\s*[^.]{2,80})\\.?\\)?$");

    private static final Pattern CAPTION_START = Pattern.compile(
            "^(?:The (?:picture|photo|image) shows|(?:Photo|Picture|Image) shows|In this (?:photo|picture|image)"
                    + "|(?:Photo|Picture|Image|Photograph) (?:by|courtesy|credit)|File photo)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CAPTION_INSIDE = Pattern.compile(
            "\\b(?:issued a (?:photo|picture)|photo courtesy of|picture taken with|photo taken on)\\b",
            Pattern.CASE_INSENSITIVE);

    private PhotoCaption() {}

    static boolean isCaption(String line) {
        return CREDIT_AT_END.matcher(line).find()
                || CAPTION_START.matcher(line).find()
                || CAPTION_INSIDE.matcher(line).find();
    }
}
