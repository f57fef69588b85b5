import { createRequire as __igCreateRequire } from 'node:module';
const require = __igCreateRequire(import.meta.url);

// src/github/octokit-comments.ts
function commentsPort(octokit, repo) {
  const toComment = (c) => ({
    id: c.id,
    body: c.body ?? "",
    url: c.html_url,
    author: c.user?.login ?? "",
    association: c.author_association ?? "NONE",
    isBot: c.user?.type === "Bot" || (c.user?.login ?? "").endsWith("[bot]")
  });
  return {
    async list(issue) {
      const all = await octokit.paginate(
        "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
        { ...repo, issue_number: issue, per_page: 100 }
      );
      return all.map(toComment);
    },
    async create(issue, body) {
      const { data } = await octokit.request(
        "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
        { ...repo, issue_number: issue, body }
      );
      return toComment(data);
    },
    async update(commentId, body) {
      const { data } = await octokit.request(
        "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
        { ...repo, comment_id: commentId, body }
      );
      return toComment(data);
    },
    async remove(commentId) {
      await octokit.request("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        ...repo,
        comment_id: commentId
      });
    }
  };
}
function issuePort(octokit, repo) {
  const comments = commentsPort(octokit, repo);
  return {
    ...comments,
    async addLabels(issue, labels) {
      await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
        ...repo,
        issue_number: issue,
        labels
      });
    },
    async removeLabel(issue, label) {
      try {
        await octokit.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
          ...repo,
          issue_number: issue,
          name: label
        });
      } catch (error) {
        if (error.status !== 404) throw error;
      }
    },
    async ensureLabel(name, color, description) {
      try {
        await octokit.request("GET /repos/{owner}/{repo}/labels/{name}", { ...repo, name });
      } catch (error) {
        if (error.status !== 404) throw error;
        await octokit.request("POST /repos/{owner}/{repo}/labels", {
          ...repo,
          name,
          color,
          description
        });
      }
    },
    async searchIssues(text, limit) {
      const { data } = await octokit.request("GET /search/issues", {
        q: `repo:${repo.owner}/${repo.repo} "${text}"`,
        per_page: Math.max(1, limit)
      });
      return (data.items ?? []).map((i) => ({
        number: i.number,
        title: i.title
      }));
    },
    async permission(user) {
      try {
        const { data } = await octokit.request(
          "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
          { ...repo, username: user }
        );
        return data.permission ?? "none";
      } catch (error) {
        if (error.status === 404) return "none";
        throw error;
      }
    },
    async react(commentId, content) {
      await octokit.request("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
        ...repo,
        comment_id: commentId,
        content
      });
    }
  };
}

// src/github/sticky.ts
async function upsertComment(port, issue, marker, body) {
  const ours = (await port.list(issue)).filter((c) => c.body.includes(marker)).sort((a, b) => a.id - b.id);
  const [keep, ...duplicates] = ours;
  for (const d of duplicates) await port.remove(d.id);
  if (!keep) {
    const created = await port.create(issue, body);
    return { action: "created", url: created.url, removedDuplicates: 0 };
  }
  if (keep.body === body)
    return { action: "unchanged", url: keep.url, removedDuplicates: duplicates.length };
  const updated = await port.update(keep.id, body);
  return { action: "updated", url: updated.url, removedDuplicates: duplicates.length };
}

export {
  commentsPort,
  issuePort,
  upsertComment
};
