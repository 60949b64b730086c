import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

public class ConfigReader {
    private final XPath xp = XPathFactory.newInstance().newXPath();
    private final Document config;

    public String get(String key) throws Exception {
        String query = "/configuration/entry[@key='" + key + "']/@value";
        return (String) xp.compile(query).evaluate(config, XPathConstants.STRING);
    }
}
