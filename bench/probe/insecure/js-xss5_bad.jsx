export const Bio = ({ html }) => <div dangerouslySetInnerHTML={{ __html: html }} />;
