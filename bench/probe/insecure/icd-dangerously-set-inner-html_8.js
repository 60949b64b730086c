const Widget = (props) => {
  const { title, body } = props;
  return (
    <div className="widget">
      <h3>{title}</h3>
      <div className="widget-body" dangerouslySetInnerHTML={body} />
    </div>
  );
};

export default Widget;
