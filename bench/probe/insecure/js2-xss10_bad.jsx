const Comp = () => <div dangerouslySetInnerHTML={{ __html: content }}></div>;
