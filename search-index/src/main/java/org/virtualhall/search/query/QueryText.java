package org.virtualhall.search.query;

/**
 * Cleans what a citizen typed before it reaches Elasticsearch: control characters become spaces,
 * runs of space collapse, and the text is cut to {@code maxLength} characters (a pasted paragraph
 * still finds something, and never becomes a too-large query).
 */
public final class QueryText {

    private final int maxLength;

    public QueryText(int maxLength) {
        this.maxLength = maxLength;
    }

    public String clean(String raw) {
        if (raw == null) {
            throw new BadQueryException("q", "请输入要查找的内容（参数 q 不能为空）");
        }
        String text = raw.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            throw new BadQueryException("q", "请输入要查找的内容（参数 q 不能为空或只有空白）");
        }
        return text.length() <= maxLength ? text : text.substring(0, maxLength).strip();
    }
}
