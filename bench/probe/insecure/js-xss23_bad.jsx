const Comp = () => <div dangerouslySetInnerHTML={{ __html: marked(post.body) }} />;
