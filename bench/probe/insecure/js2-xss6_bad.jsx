<a href={profile.url}>Website</a>
