import javax.xml.xpath.*;

public final class Xpaths {
    public static Object eval(Object node, String xpathStr, QName type) throws XPathExpressionException {
        XPathExpression e = XPathFactory.newInstance().newXPath().compile(xpathStr);
        return e.evaluate(node, type);
    }
}
